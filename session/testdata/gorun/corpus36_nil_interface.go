package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.Msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"boom"}
	}
	return p // never a nil interface!
}

func mayFailRight(fail bool) error {
	if fail {
		return &MyErr{"boom"}
	}
	return nil
}

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q *Sq) Area() float64 {
	if q == nil {
		return -1
	}
	return q.s * q.s
}

func main() {
	err := mayFail(false)
	fmt.Println("err == nil:", err == nil)
	fmt.Printf("%T %v\n", err, err)

	err = mayFailRight(false)
	fmt.Println("right err == nil:", err == nil)

	var e *MyErr
	var i interface{} = e
	fmt.Println("i == nil:", i == nil, "e == nil:", e == nil)
	fmt.Println("i == (*MyErr)(nil):", i == (*MyErr)(nil))

	var s Shape
	fmt.Println("s nil:", s == nil)
	var q *Sq
	s = q
	fmt.Println("s nil after assigning nil *Sq:", s == nil, s.Area())

	var target *MyErr
	wrapped := fmt.Errorf("wrap: %w", mayFailRight(true))
	fmt.Println(errors.As(wrapped, &target), target.Msg)
	fmt.Println(wrapped)

	var any1, any2 interface{}
	fmt.Println("two nil interfaces equal:", any1 == any2)
	any1 = 0
	any2 = int64(0)
	fmt.Println("0 vs int64(0):", any1 == any2)
	any2 = 0
	fmt.Println("0 vs 0:", any1 == any2)
	fmt.Printf("%v %T\n", nil, nil)
}
