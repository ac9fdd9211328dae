package main

import (
	"errors"
	"fmt"
)

type MyError struct{ msg string }

func (e *MyError) Error() string {
	if e == nil {
		return "nil *MyError"
	}
	return e.msg
}

func badReturn(fail bool) error {
	var p *MyError
	if fail {
		p = &MyError{"failed"}
	}
	return p // never a nil error!
}

func goodReturn(fail bool) error {
	if fail {
		return &MyError{"failed"}
	}
	return nil
}

type Animal interface{ Sound() string }
type Dog struct{}

func (*Dog) Sound() string { return "woof" }

func main() {
	e1 := badReturn(false)
	e2 := goodReturn(false)
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Printf("%v | %T | %v\n", e1, e1, e2)
	if e1 != nil {
		fmt.Println("e1 message:", e1.Error())
	}

	var me *MyError
	fmt.Println(errors.As(e1, &me), me == nil)

	var a Animal
	fmt.Printf("%v %T\n", a, a)
	var d *Dog
	a = d
	fmt.Printf("%v %T %v\n", a, a, a == nil)
	fmt.Println(a.Sound()) // method does not dereference

	var x, y any
	fmt.Println(x == y)
	x, y = 0, int64(0)
	fmt.Println(x == y)
	x, y = "s", "s"
	fmt.Println(x == y)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var f, g any = []int{1}, []int{1}
		fmt.Println(f == g)
	}()

	var ip *int
	var iface any = ip
	fmt.Println(iface == nil, iface == (*int)(nil))
}
