package main

import (
	"errors"
	"fmt"
)

type ParseError struct {
	Line int
	Msg  string
}

func (p ParseError) Error() string { return fmt.Sprintf("line %d: %s", p.Line, p.Msg) }

func mustPositive(n int) int {
	if n < 0 {
		panic(ParseError{Line: n, Msg: "negative"})
	}
	return n
}

func try(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = fmt.Errorf("caught error: %w", r)
		case string:
			err = errors.New("caught string: " + r)
		default:
			err = fmt.Errorf("caught %T: %v", r, r)
		}
	}()
	f()
	return nil
}

func nested() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("outer recovered ", r)
		}
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic after ", r))
		}()
		panic("first")
	}()
	return "unreached"
}

func main() {
	fmt.Println(try(func() { mustPositive(5) }))
	err := try(func() { mustPositive(-3) })
	fmt.Println(err)
	var pe ParseError
	fmt.Println(errors.As(err, &pe), pe.Line)
	fmt.Println(try(func() { panic("plain") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(fmt.Sprintf("%d%%", 50)) }))
	fmt.Println(try(func() {
		var arr []int
		_ = arr[5]
	}))
	fmt.Println(try(func() {
		a, b := 1, 0
		fmt.Println(a / b)
	}))
	fmt.Println(try(func() {
		var p *ParseError
		fmt.Println(p.Line)
	}))
	fmt.Println(nested())
	fmt.Println(try(func() { panic(errors.New("an error value")) }))
}
