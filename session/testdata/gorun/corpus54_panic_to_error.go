package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = fmt.Errorf("runtime: %w", re)
				return
			}
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return a / b, nil
}

func at(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return s[i], nil
}

func mustPositive(n int) int {
	if n <= 0 {
		panic(errors.New("not positive: " + strconv.Itoa(n)))
	}
	return n
}

func try(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = r
		default:
			err = fmt.Errorf("%v", r)
		}
	}()
	f()
	return nil
}

type custom struct{ code int }

func main() {
	fmt.Println(divide(10, 2))
	q, err := divide(1, 0)
	fmt.Println(q, err)
	var re runtime.Error
	fmt.Println("is runtime.Error:", errors.As(err, &re))

	fmt.Println(at([]int{1, 2, 3}, 5))
	fmt.Println(at(nil, 0))

	fmt.Println(try(func() { mustPositive(3) }))
	fmt.Println(try(func() { mustPositive(-1) }))
	fmt.Println(try(func() { panic(custom{7}) }))
	fmt.Println(try(func() { panic(fmt.Sprintf("%d items", 3)) }))
	fmt.Println(try(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(try(func() {
		var p *custom
		_ = p.code
	}))
	fmt.Println(try(func() {
		var i interface{} = "str"
		_ = i.(int)
	}))
	fmt.Println(try(func() {
		s := make([]int, 2)
		lo := 2
		_ = s[lo:1]
	}))

	// recover only works in the deferred function itself.
	fmt.Println(try(func() {
		defer func() {
			helper := func() interface{} { return recover() }
			fmt.Println("helper recovered:", helper())
		}()
		panic("deep")
	}))

	// A re-panic after recover.
	fmt.Println(try(func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	}))
}
