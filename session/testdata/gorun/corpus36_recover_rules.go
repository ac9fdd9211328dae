package main

import (
	"errors"
	"fmt"
)

func helper() interface{} { return recover() }

func direct() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("direct caught: ", r)
		}
	}()
	panic("one")
}

func indirect() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg += fmt.Sprint("; outer caught: ", r)
		}
	}()
	defer func() {
		r := helper() // not called directly by the deferred function: returns nil
		msg = fmt.Sprint("helper got: ", r)
	}()
	panic("two")
}

func notDeferred() {
	r := recover()
	fmt.Println("recover outside panic:", r)
}

func deferredHelper() (msg string) {
	defer func() {
		msg = fmt.Sprint("still panicking? ", recover())
	}()
	defer helper() // deferred directly: helper's recover does stop the panic
	panic("three")
}

func repanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("final: %v", r)
		}
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-", r))
	}()
	panic("four")
}

var ErrSentinel = errors.New("sentinel")

func panicErr() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	panic(fmt.Errorf("wrapped: %w", ErrSentinel))
}

func deferRunsAfterRecover() {
	defer fmt.Println("deferred print 1")
	defer func() {
		fmt.Println("recovered", recover())
	}()
	defer fmt.Println("deferred print 2")
	var m map[string]int
	m["x"] = 1
}

func main() {
	fmt.Println(direct())
	fmt.Println(indirect())
	notDeferred()
	fmt.Println(deferredHelper())
	fmt.Println(repanic())
	err := panicErr()
	fmt.Println(err, errors.Is(err, ErrSentinel))
	deferRunsAfterRecover()
	fmt.Println("main continues")
}
