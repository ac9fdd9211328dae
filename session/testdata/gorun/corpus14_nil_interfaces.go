package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{Code: 500}
	}
	return p
}

func mayFailRight(fail bool) error {
	if fail {
		return &MyErr{Code: 404}
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
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	err = mayFailRight(false)
	fmt.Println(err == nil)
	err = mayFail(true)
	fmt.Println(err)

	var sq *Square
	var sh Shape = sq
	fmt.Println(sh == nil, sh.Area())
	fmt.Printf("%v %T\n", sh, sh)
	sh = nil
	fmt.Println(sh == nil)
	fmt.Printf("%v %T\n", sh, sh)

	var e1 error
	var any1 any = e1
	fmt.Println(any1 == nil)
	var me *MyErr
	any1 = me
	fmt.Println(any1 == nil, any1.(*MyErr) == nil)

	var target *MyErr
	wrapped := fmt.Errorf("wrap: %w", &MyErr{Code: 1})
	fmt.Println(errors.As(wrapped, &target), target.Code)

	shapes := []Shape{&Square{2}, nil, (*Square)(nil)}
	for i, s := range shapes {
		if s == nil {
			fmt.Println(i, "nil interface")
			continue
		}
		fmt.Println(i, s.Area())
	}

	var m map[string]int
	fmt.Println(m == nil, m["x"], len(m))
	var ch chan int
	fmt.Println(ch == nil)
	var f func()
	fmt.Println(f == nil)
}
