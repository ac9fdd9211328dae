package main

import (
	"errors"
	"fmt"
	"runtime"
)

func safeIndex(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return s[i], nil
}

func divide(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return a / b, nil
}

type Shark struct{ Name string }

func (s *Shark) SayHello() string { return "Hi! My name is " + s.Name }

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("mustPositive: got %d", n))
	}
	return n
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Println(name, "-> no panic")
			return
		}
		if re, ok := r.(runtime.Error); ok {
			fmt.Println(name, "-> runtime error:", re.Error())
			return
		}
		if e, ok := r.(error); ok {
			fmt.Println(name, "-> error value:", e)
			return
		}
		fmt.Printf("%s -> panic value %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(safeIndex(s, 1))
	fmt.Println(safeIndex(s, 5))
	fmt.Println(divide(10, 2))
	fmt.Println(divide(1, 0))

	try("nil pointer", func() {
		var sh *Shark
		fmt.Println(sh.SayHello())
	})
	try("nil map write", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("bad slice", func() {
		lo, hi := 3, 1
		_ = s[lo:hi]
	})
	try("custom string", func() { mustPositive(-2) })
	try("error value", func() { panic(errors.New("an error")) })
	try("int value", func() { panic(42) })
	try("fine", func() { mustPositive(3) })
	try("conversion", func() {
		var x any = "str"
		_ = x.(int)
	})
	try("closed channel", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("array index", func() {
		arr := [3]int{}
		i := 3
		arr[i%4] = 1
	})

	// Deferred calls still run while panicking.
	func() {
		defer fmt.Println("deferred 1")
		defer func() {
			fmt.Println("recovered in deferred 2:", recover())
		}()
		defer fmt.Println("deferred 3")
		panic("something bad")
	}()

	// Re-panicking from a deferred function.
	try("re-panic", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	})
	fmt.Println("main finished normally")
}
