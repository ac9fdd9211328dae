package main

import (
	"errors"
	"fmt"
)

func helper() any {
	return recover() // not called directly by the deferred function: nil
}

func indirect() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer caught: ", r)
		}
	}()
	defer func() {
		r := helper()
		fmt.Println("helper got:", r)
	}()
	panic("boom")
}

func direct() (msg string) {
	defer func() {
		msg = fmt.Sprint("direct caught: ", recover())
	}()
	panic("bang")
}

func deferredRecover() (err error) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			err = e
		}
	}()
	var arr []int
	_ = arr[5]
	return nil
}

var errCustom = errors.New("custom")

func panicsWithError() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("wrapped: %w", r.(error))
		}
	}()
	panic(errCustom)
}

func noPanic() {
	defer func() {
		fmt.Println("recover with no panic:", recover())
	}()
}

func repanic() {
	defer func() {
		r := recover()
		fmt.Println("first recover:", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("one")
}

func main() {
	fmt.Println(indirect())
	fmt.Println(direct())
	err := deferredRecover()
	fmt.Println("runtime error:", err)
	err = panicsWithError()
	fmt.Println(err, errors.Is(err, errCustom))
	noPanic()
	func() {
		defer func() { fmt.Println("outer:", recover()) }()
		repanic()
	}()
	fmt.Println("done")
}
