package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(key string) error {
	if key == "" {
		return &QueryError{Query: "find", Err: ErrNotFound}
	}
	return nil
}

func service(key string) error {
	if err := find(key); err != nil {
		return fmt.Errorf("service(%q): %w", key, err)
	}
	return nil
}

func main() {
	err := service("")
	fmt.Println(err)
	fmt.Println(err == ErrNotFound, errors.Is(err, ErrNotFound), errors.Is(err, ErrPermission))

	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query:", qe.Query)
	}
	fmt.Println(errors.Unwrap(err) == error(qe))

	// %v instead of %w drops the chain.
	flat := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(flat, errors.Is(flat, ErrNotFound))

	both := errors.Join(ErrNotFound, ErrPermission)
	fmt.Println(both)
	fmt.Println(errors.Is(both, ErrPermission))
	multi := fmt.Errorf("multi: %w and %w", ErrNotFound, ErrPermission)
	fmt.Println(multi, errors.Is(multi, ErrPermission), errors.Unwrap(multi) == nil)

	_, err = os.Open(filepath.Join(os.TempDir(), "definitely-missing-corpus24.txt"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "err:", pe.Err)
	}

	fmt.Println(service("ok") == nil)
	var target *QueryError
	fmt.Println(errors.As(fmt.Errorf("x"), &target), target == nil)
	same := errors.New("not found")
	fmt.Println(errors.Is(same, ErrNotFound), same.Error() == ErrNotFound.Error())
}
