package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

type Op string

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

var ErrTimeout = errors.New("timeout")
var ErrPermission = errors.New("permission denied")

// TempErr matches any error with a Temporary method via Is.
type statusErr struct {
	Code int
}

func (s statusErr) Error() string { return fmt.Sprintf("status %d", s.Code) }

// Is makes every 5xx status match ErrServer.
func (s statusErr) Is(target error) bool {
	t, ok := target.(statusErr)
	if !ok {
		return false
	}
	return t.Code == 0 && s.Code >= 500 || t.Code == s.Code
}

var ErrServer = statusErr{0}

type multiErr []error

func (m multiErr) Error() string {
	parts := make([]string, len(m))
	for i, e := range m {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

func (m multiErr) Unwrap() []error { return m }

type temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (n netErr) Error() string   { return n.msg }
func (n netErr) Temporary() bool { return strings.Contains(n.msg, "retry") }

func isTemporary(err error) bool {
	var t temporary
	return errors.As(err, &t) && t.Temporary()
}

func main() {
	e1 := &QueryError{"select 1", ErrTimeout}
	wrapped := fmt.Errorf("db: %w", e1)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrTimeout), errors.Is(wrapped, ErrPermission))
	var qe *QueryError
	if errors.As(wrapped, &qe) {
		fmt.Println("query was", qe.Query)
	}

	s503 := fmt.Errorf("fetch: %w", statusErr{503})
	fmt.Println(errors.Is(s503, ErrServer), errors.Is(s503, statusErr{503}), errors.Is(s503, statusErr{404}))
	fmt.Println(errors.Is(statusErr{404}, ErrServer))
	var se statusErr
	fmt.Println(errors.As(s503, &se), se.Code)

	m := multiErr{netErr{"dial: please retry"}, e1, statusErr{500}}
	fmt.Println(m)
	fmt.Println(errors.Is(m, ErrTimeout), errors.Is(m, ErrServer), isTemporary(m))
	fmt.Println(isTemporary(netErr{"fatal"}), isTemporary(e1))

	joined := errors.Join(ErrPermission, fmt.Errorf("ctx: %w", netErr{"retry later"}))
	fmt.Printf("%q\n", joined.Error())
	fmt.Println(errors.Is(joined, ErrPermission), isTemporary(joined))

	_, err := os.Open("/definitely/not/here.txt")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, errors.Is(err, fs.ErrNotExist))
	qe2 := &QueryError{"open", err}
	fmt.Println(errors.Is(qe2, os.ErrNotExist), errors.Unwrap(qe2) == err)

	var target error = e1
	fmt.Println(errors.Is(wrapped, target), errors.Is(wrapped, &QueryError{"select 1", ErrTimeout}))
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == ErrTimeout)
	errs := []error{nil, ErrTimeout, e1, statusErr{502}, m}
	for _, e := range errs {
		switch {
		case e == nil:
			fmt.Print("ok ")
		case errors.Is(e, ErrServer):
			fmt.Print("server ")
		case errors.Is(e, ErrTimeout):
			fmt.Print("timeout ")
		}
	}
	fmt.Println()
}
