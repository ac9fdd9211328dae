package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// A type switch with a case of an interface literal whose methods a
// library value has (errors.Join's, fmt.Errorf's with %w), beside cell
// types that have them too, cases of library types after, and a clause
// of several types.

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m.errs }

type single struct{ err error }

func (s *single) Error() string { return "single" }
func (s *single) Unwrap() error { return s.err }

func kind(err error) string {
	switch e := err.(type) {
	case nil:
		return "nil"
	case interface{ Unwrap() []error }:
		return fmt.Sprintf("joined %d %T", len(e.Unwrap()), e)
	case interface{ Unwrap() error }:
		return fmt.Sprintf("wrapped %v %T", e.Unwrap(), e)
	case *os.PathError:
		return "path " + e.Op
	default:
		return "plain " + e.Error()
	}
}

func main() {
	errs := []error{
		errors.Join(errors.New("a"), errors.New("b")),
		fmt.Errorf("x: %w", io.EOF),
		fmt.Errorf("%w and %w", io.EOF, io.ErrUnexpectedEOF),
		io.EOF,
		nil,
		multi{[]error{io.EOF}},
		&multi{},
		&single{io.EOF},
		&os.PathError{Op: "open", Path: "/x", Err: io.EOF},
	}
	for _, err := range errs {
		fmt.Println(kind(err))
	}
	var err error = errors.Join(io.EOF)
	switch x := err.(type) {
	case *os.PathError, interface{ Unwrap() []error }:
		fmt.Printf("several: %T %v\n", x, x)
	}
	switch err.(type) {
	case interface{ Unwrap() error }:
		fmt.Println("one error")
	case interface{ Unwrap() []error }:
		fmt.Println("no binding")
	}
	var a any = fmt.Errorf("w: %w", io.EOF)
	switch v := a.(type) {
	case string:
		fmt.Println("string", v)
	case interface{ Unwrap() error }:
		fmt.Println("from any:", v.Unwrap() == io.EOF)
	}
}
