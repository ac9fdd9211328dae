package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type MyError struct{ Msg string }

func (e *MyError) Error() string {
	if e == nil {
		return "<nil MyError>"
	}
	return e.Msg
}

func mayFail(fail bool) error {
	var p *MyError
	if fail {
		p = &MyError{"it failed"}
	}
	return p // typed nil when !fail
}

func mayFailFixed(fail bool) error {
	if fail {
		return &MyError{"it failed"}
	}
	return nil
}

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q *Sq) Area() float64 {
	if q == nil {
		return 0
	}
	return q.s * q.s
}

func isNil(i any) bool {
	if i == nil {
		return true
	}
	switch v := i.(type) {
	case *MyError:
		return v == nil
	case *Sq:
		return v == nil
	}
	return false
}

func main() {
	err := mayFail(false)
	fmt.Println("err == nil:", err == nil)
	fmt.Printf("%T %v\n", err, err)

	err = mayFailFixed(false)
	fmt.Println("fixed err == nil:", err == nil)

	var sq *Sq
	var s Shape = sq
	fmt.Println(s == nil, s.Area(), isNil(s))

	var w io.Writer
	fmt.Println(w == nil)
	var f *os.File
	w = f
	fmt.Println(w == nil, w != nil)

	var me *MyError
	fmt.Println(errors.As(mayFail(true), &me), me.Msg)

	var e1 error = (*MyError)(nil)
	var e2 error = (*MyError)(nil)
	fmt.Println(e1 == e2, e1 == nil)

	var a, b any
	fmt.Println(a == b, a == nil)
	a = (*int)(nil)
	fmt.Println(a == nil, a == (*int)(nil))
	fmt.Printf("%v %+v\n", a, e1)
}
