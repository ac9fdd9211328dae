package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return fmt.Sprintf("code %d", e.Code)
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{Code: 42}
	}
	return p // an interface holding a typed nil is not nil
}

func mayFailFixed(fail bool) error {
	if fail {
		return &MyErr{Code: 42}
	}
	return nil
}

type Shape interface{ Area() float64 }
type Square struct{ S float64 }

func (s *Square) Area() float64 {
	if s == nil {
		return 0
	}
	return s.S * s.S
}

func main() {
	err := mayFail(false)
	fmt.Println("err != nil:", err != nil)
	fmt.Printf("%T %v\n", err, err)

	err = mayFailFixed(false)
	fmt.Println("fixed err != nil:", err != nil)
	fmt.Printf("%T %v\n", err, err)

	err = mayFail(true)
	var me *MyErr
	fmt.Println(errors.As(err, &me), me.Code)

	var sq *Square
	var sh Shape = sq
	fmt.Println(sh == nil, sh.Area())
	sh = nil
	fmt.Println(sh == nil)

	var x interface{}
	fmt.Println(x == nil)
	var ip *int
	x = ip
	fmt.Println(x == nil, x.(*int) == nil)

	check := func(v any) string {
		if v == nil {
			return "untyped nil"
		}
		return fmt.Sprintf("non-nil interface of type %T", v)
	}
	fmt.Println(check(nil))
	fmt.Println(check(ip))
	fmt.Println(check((*Square)(nil)))
}
