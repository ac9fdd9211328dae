package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func lookup(q string) error {
	if q == "missing" {
		return &QueryError{Query: q, Err: ErrNotFound}
	}
	return nil
}

func main() {
	err := lookup("missing")
	wrapped := fmt.Errorf("handler: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound))
	var qe *QueryError
	if errors.As(wrapped, &qe) {
		fmt.Println("query was", qe.Query)
	}
	fmt.Println(errors.Unwrap(wrapped) == err)

	// %v does not wrap
	flat := fmt.Errorf("handler: %v", err)
	fmt.Println(errors.Is(flat, ErrNotFound))

	_, ferr := os.Open(filepath.Join(os.TempDir(), "corpus52-no-such-file"))
	fmt.Println(errors.Is(ferr, fs.ErrNotExist))
	var pe *fs.PathError
	if errors.As(ferr, &pe) {
		fmt.Println("op:", pe.Op)
	}
	fmt.Println(lookup("present") == nil)
}
