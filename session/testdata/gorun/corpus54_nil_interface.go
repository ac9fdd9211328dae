package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) *MyErr {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func wrong(fail bool) error {
	return mayFail(fail)
}

func right(fail bool) error {
	if e := mayFail(fail); e != nil {
		return e
	}
	return nil
}

type Shape interface{ Area() float64 }
type Square struct{ side float64 }

func (s *Square) Area() float64 {
	if s == nil {
		return 0
	}
	return s.side * s.side
}

func main() {
	err := wrong(false)
	fmt.Println("wrong: err != nil is", err != nil)
	fmt.Printf("%T %v\n", err, err)

	err = right(false)
	fmt.Println("right: err != nil is", err != nil)
	fmt.Printf("%T %v\n", err, err)

	var p *MyErr
	var e error = p
	fmt.Println(p == nil, e == nil, e == (*MyErr)(nil))

	var target *MyErr
	fmt.Println(errors.As(wrong(true), &target), target.msg)

	var sq *Square
	var sh Shape = sq
	fmt.Println(sh != nil, sh.Area())

	var nothing interface{}
	fmt.Println(nothing == nil)
	nothing = (*int)(nil)
	fmt.Println(nothing == nil, nothing)
}
