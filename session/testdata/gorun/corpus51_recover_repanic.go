package main

import (
	"errors"
	"fmt"
)

type parseError struct {
	pos int
	msg string
}

func (e *parseError) Error() string { return fmt.Sprintf("pos %d: %s", e.pos, e.msg) }

// parse panics internally with *parseError and turns it into an error;
// any other panic is re-raised.
func parse(input string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(*parseError)
			if !ok {
				panic(r)
			}
			err = pe
		}
	}()
	for i, c := range input {
		switch {
		case c >= '0' && c <= '9':
			n = n*10 + int(c-'0')
		case c == '!':
			panic("bang is not allowed")
		default:
			panic(&parseError{i, fmt.Sprintf("unexpected %q", c)})
		}
	}
	return n, nil
}

func safely(input string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("outer recovered %T: %v\n", r, r)
		}
	}()
	n, err := parse(input)
	fmt.Println("parse:", n, err)
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func nested() (msg string) {
	defer func() {
		msg = fmt.Sprint("second: ", recover())
	}()
	defer func() {
		panic(fmt.Sprint("replaced ", recover()))
	}()
	panic("first")
}

func main() {
	safely("123")
	safely("12x4")
	safely("9!")
	fmt.Println(divide(7, 2))
	fmt.Println(divide(1, 0))
	fmt.Println(nested())

	var re interface{ RuntimeError() }
	_, err := divide(1, 0)
	fmt.Println(errors.As(err, &re), err)

	fmt.Println(recover())
	func() {
		defer func() { fmt.Println("nil panic recovered:", recover() != nil) }()
		var m map[string]int
		m["x"] = 1
	}()
	fmt.Println("done")
}
