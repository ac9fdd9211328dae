package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

// Error types of a small config loader, switched on by their callers.
type SyntaxError struct {
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type MissingKey string

func (k MissingKey) Error() string { return "missing key " + strconv.Quote(string(k)) }

type Unwrapper interface{ Unwrap() error }

type LoadError struct {
	File string
	Err  error
}

func (e *LoadError) Error() string { return e.File + ": " + e.Err.Error() }
func (e *LoadError) Unwrap() error { return e.Err }

func describe(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case *SyntaxError:
		return fmt.Sprintf("syntax error at line %d (%s)", e.Line, e.Msg)
	case MissingKey:
		return "key " + string(e) + " is required"
	case Unwrapper:
		return "wrapped: " + describe(e.Unwrap())
	case interface{ Timeout() bool }:
		return fmt.Sprint("timeout=", e.Timeout())
	case error:
		return "other error: " + e.Error()
	}
	return "unreachable"
}

func severity(err error) int {
	switch err.(type) {
	case *SyntaxError, MissingKey:
		return 2
	case nil:
		return 0
	default:
		if errors.Is(err, io.EOF) {
			return 1
		}
		return 3
	}
}

func main() {
	errs := []error{
		nil,
		&SyntaxError{3, "unexpected '='"},
		MissingKey("port"),
		&LoadError{"app.conf", &SyntaxError{9, "bad value"}},
		fmt.Errorf("read: %w", io.EOF),
		os.ErrDeadlineExceeded,
		errors.New("plain"),
		&LoadError{"db.conf", MissingKey("dsn")},
	}
	for i, err := range errs {
		fmt.Printf("%d %-48s sev=%d\n", i, describe(err), severity(err))
	}

	var se *SyntaxError
	fmt.Println(errors.As(errs[3], &se), se.Line)
	var mk MissingKey
	fmt.Println(errors.As(errs[7], &mk), mk)

	// A nil *SyntaxError in an error is not a nil error.
	var nilSE *SyntaxError
	var err error = nilSE
	fmt.Println(err == nil, severity(err))
	switch err.(type) {
	case nil:
		fmt.Println("nil interface")
	case *SyntaxError:
		fmt.Println("typed nil *SyntaxError")
	}
}
