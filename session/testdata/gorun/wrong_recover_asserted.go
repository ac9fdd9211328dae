package main

import (
	"errors"
	"fmt"
)

type ParseError struct{ Line int }

func (e *ParseError) Error() string { return fmt.Sprintf("parse error on line %d", e.Line) }

func nilMap() {
	var m map[string]int
	m["a"]++
}

func safely(f func()) (err error) {
	defer func() {
		if e, ok := recover().(error); ok {
			err = fmt.Errorf("recovered: %w", e)
		}
	}()
	f()
	return nil
}

func kind(f func()) {
	defer func() {
		switch v := recover().(type) {
		case nil:
			fmt.Println("no panic")
		case *ParseError:
			fmt.Println("parse error at", v.Line)
		case error:
			fmt.Println("error:", v)
		case string:
			fmt.Println("string:", v)
		default:
			fmt.Printf("other %T: %v\n", v, v)
		}
	}()
	f()
}

func main() {
	fmt.Println(safely(nilMap))
	fmt.Println(safely(func() {}))
	err := safely(func() { panic(&ParseError{7}) })
	var pe *ParseError
	fmt.Println(err, errors.As(err, &pe), pe.Line)
	kind(func() {})
	kind(nilMap)
	kind(func() { panic(&ParseError{3}) })
	kind(func() { panic("plain") })
	kind(func() { panic(42) })
	func() {
		defer func() {
			s, ok := recover().(string)
			fmt.Printf("%q %v\n", s, ok)
		}()
		panic("text")
	}()
	func() {
		defer func() {
			err := recover().(error)
			fmt.Println("asserted:", err)
		}()
		panic(errors.New("an error value"))
	}()
}
