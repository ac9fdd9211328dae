package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type code int

func (c code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type multi struct{ errs []error }

func (m *multi) Error() string   { return fmt.Sprint(len(m.errs), " errors") }
func (m *multi) Unwrap() []error { return m.errs }

func find(key string) error {
	if key == "" {
		return &QueryError{Query: "empty", Err: fmt.Errorf("lookup: %w", ErrNotFound)}
	}
	return nil
}

func main() {
	err := find("")
	one := fmt.Errorf("handler: %w", err)
	two := fmt.Errorf("server: %w", one)
	fmt.Println(two)
	fmt.Println(errors.Unwrap(one) == err, errors.Unwrap(errors.Unwrap(two)) == err, errors.Unwrap(one) != err)
	fmt.Println(errors.Unwrap(errors.Unwrap(errors.Unwrap(one))) == ErrNotFound)
	fmt.Println(errors.Unwrap(errors.Unwrap(errors.Unwrap(errors.Unwrap(one)))) == nil)
	fmt.Println(errors.Is(two, ErrNotFound), errors.Is(two, err), errors.Is(two, io.EOF))

	// A cell error value used directly, and by its static type.
	qe := &QueryError{Query: "direct", Err: io.EOF}
	w := fmt.Errorf("wrapped: %w", qe)
	fmt.Println(errors.Unwrap(w) == qe, errors.Unwrap(w) == error(qe), errors.Unwrap(qe) == io.EOF)
	other := &QueryError{Query: "direct", Err: io.EOF}
	fmt.Println(errors.Unwrap(w) == other, errors.Unwrap(w) != other)
	if got, ok := errors.Unwrap(w).(*QueryError); ok {
		fmt.Println("asserted:", got.Query, got == qe)
	}
	switch e := errors.Unwrap(one).(type) {
	case *QueryError:
		fmt.Println("switch: query error", e.Query)
	default:
		fmt.Println("switch: other", e)
	}

	// A value of a non-struct cell type.
	var c error = code(7)
	wc := fmt.Errorf("op: %w", c)
	fmt.Println(wc, errors.Unwrap(wc) == c, errors.Unwrap(wc) == code(7), errors.Unwrap(wc) == code(8))
	wc2 := fmt.Errorf("op2: %w", code(9))
	fmt.Println(errors.Unwrap(wc2) == code(9), errors.Is(wc2, code(9)), errors.Is(wc2, code(1)))

	// Several %w (Go 1.20) and errors.Join.
	both := fmt.Errorf("both: %w; %w", err, fs.ErrPermission)
	fmt.Println(both, errors.Unwrap(both) == nil)
	fmt.Println(errors.Is(both, ErrNotFound), errors.Is(both, fs.ErrPermission), errors.Is(both, err), errors.Is(both, io.EOF))
	joined := errors.Join(err, qe, nil, c)
	fmt.Printf("%q\n", joined.Error())
	fmt.Println(errors.Is(joined, ErrNotFound), errors.Is(joined, io.EOF), errors.Is(joined, code(7)), errors.Is(joined, fs.ErrClosed))
	var target *QueryError
	fmt.Println(errors.As(joined, &target), target == err)
	m := &multi{errs: []error{io.ErrUnexpectedEOF, fmt.Errorf("deep: %w", qe)}}
	wm := fmt.Errorf("multi: %w", m)
	fmt.Println(wm, errors.Is(wm, io.EOF), errors.Is(wm, io.ErrUnexpectedEOF), errors.Unwrap(m) == nil)
	fmt.Println(errors.Unwrap(wm) == m, errors.Unwrap(wm) == error(m))

	// Comparisons of plain errors keep working.
	var none error
	fmt.Println(none == nil, err != nil, err == io.EOF, io.EOF == io.EOF, find("x") == nil)
	for _, e := range []error{err, qe, c, io.EOF} {
		fmt.Print(e == err, e == qe, e == c, " ")
	}
	fmt.Println()
}
