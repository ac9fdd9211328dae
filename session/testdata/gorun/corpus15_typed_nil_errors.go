package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

func (e NotFound) Is(target error) bool { return target == fs.ErrNotExist }

type Temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (n *netErr) Error() string   { return n.msg }
func (n *netErr) Temporary() bool { return true }

type ValidationError struct {
	Field string
	Errs  []error
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("%s: %d problems", v.Field, len(v.Errs))
}
func (v *ValidationError) Unwrap() []error { return v.Errs }

var ErrEmpty = errors.New("empty")
var ErrTooLong = errors.New("too long")

func find(name string) error {
	if name == "" {
		return &ValidationError{"name", []error{ErrEmpty}}
	}
	return fmt.Errorf("lookup: %w", NotFound{name})
}

func main() {
	err := find("cfg")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Name)
	err = find("")
	fmt.Println(err, errors.Is(err, ErrEmpty), errors.Is(err, ErrTooLong))
	var ve *ValidationError
	if errors.As(err, &ve) {
		fmt.Println("field", ve.Field, ve.Errs)
	}
	var e error = &netErr{"timeout"}
	if t, ok := e.(Temporary); ok {
		fmt.Println("temporary:", t.Temporary())
	}
	wrapped := fmt.Errorf("call: %w", e)
	joined := errors.Join(ErrEmpty, nil, ErrTooLong)
	fmt.Printf("%q %v\n", joined.Error(), errors.Is(joined, ErrTooLong))
	fmt.Println(errors.Unwrap(wrapped) == e, errors.Unwrap(errors.Unwrap(wrapped)))
}
