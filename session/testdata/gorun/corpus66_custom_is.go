package main

import (
	"errors"
	"fmt"
)

type StatusError struct {
	Code int
	Op   string
}

func (e *StatusError) Error() string { return fmt.Sprintf("%s: status %d", e.Op, e.Code) }

// Is makes any StatusError with the same code match, whatever the Op.
func (e *StatusError) Is(target error) bool {
	t, ok := target.(*StatusError)
	if !ok {
		return false
	}
	return t.Code == e.Code && (t.Op == "" || t.Op == e.Op)
}

var (
	ErrNotFound     = &StatusError{Code: 404}
	ErrUnauthorized = &StatusError{Code: 401}
)

type opError struct {
	op  string
	err error
}

func (o opError) Error() string { return o.op + ": " + o.err.Error() }
func (o opError) Unwrap() error { return o.err }

func main() {
	err := opError{"fetch", &StatusError{Code: 404, Op: "GET /x"}}
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	fmt.Println(errors.Is(err, ErrUnauthorized))
	fmt.Println(errors.Is(err, &StatusError{Code: 404, Op: "GET /x"}))
	fmt.Println(errors.Is(err, &StatusError{Code: 404, Op: "GET /y"}))
	var se *StatusError
	if errors.As(err, &se) {
		fmt.Println("code", se.Code, "op", se.Op)
	}
	var oe opError
	fmt.Println(errors.As(err, &oe), oe.op)
	joined := errors.Join(errors.New("a"), &StatusError{401, "POST"})
	fmt.Println(errors.Is(joined, ErrUnauthorized), errors.Is(joined, ErrNotFound))
}
