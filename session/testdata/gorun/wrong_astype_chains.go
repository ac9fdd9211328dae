package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Two error types of one shape, which the interpreter's reflect types
// cannot tell apart.
type NotFound struct{ Code int }

func (e *NotFound) Error() string { return fmt.Sprint("not found ", e.Code) }

type Forbidden struct{ Code int }

func (e *Forbidden) Error() string { return fmt.Sprint("forbidden ", e.Code) }

// A cell type whose Unwrap leads to a library error.
type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type Temporary struct{ Attempts int }

func (t Temporary) Error() string { return fmt.Sprint("temporary after ", t.Attempts) }

func main() {
	joined := errors.Join(errors.New("first"), &Forbidden{403})
	f, ok := errors.AsType[*Forbidden](joined)
	fmt.Println(f, ok)
	n, ok := errors.AsType[*NotFound](joined)
	fmt.Println(n, ok)
	n, ok = errors.AsType[*NotFound](fmt.Errorf("wrapped: %w", &Forbidden{401}))
	fmt.Println(n, ok)

	_, perr := os.Open(filepath.Join(os.TempDir(), "wrong-astype-missing", "x"))
	q := &QueryError{"select", perr}
	if pe, ok := errors.AsType[*fs.PathError](q); ok {
		fmt.Println("path error:", pe.Op, filepath.Base(pe.Path))
	}
	t, ok := errors.AsType[Temporary](fmt.Errorf("ctx: %w", &QueryError{"insert", Temporary{3}}))
	fmt.Println(t.Attempts, ok)
	t, ok = errors.AsType[Temporary](errors.Join(nil, Temporary{5}))
	fmt.Println(t.Attempts, ok)
	qe, ok := errors.AsType[*QueryError](fmt.Errorf("a: %w", q))
	fmt.Println(qe.Query, ok)
}
