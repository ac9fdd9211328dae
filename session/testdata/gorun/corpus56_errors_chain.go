package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type NotFoundError struct {
	Name string
}

func (e *NotFoundError) Error() string { return "not found: " + e.Name }

type ValidationError struct {
	Field string
	Err   error
}

func (e ValidationError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e ValidationError) Unwrap() error { return e.Err }

var ErrEmpty = errors.New("empty value")

func find(name string) error {
	if name == "" {
		return ValidationError{Field: "name", Err: ErrEmpty}
	}
	return fmt.Errorf("lookup %q: %w", name, &NotFoundError{Name: name})
}

func main() {
	err := find("bob")
	fmt.Println(err)
	fmt.Printf("%v\n", err)
	fmt.Printf("%+v\n", err)
	fmt.Printf("%q\n", err)
	fmt.Printf("%T\n", err)
	var nf *NotFoundError
	if errors.As(err, &nf) {
		fmt.Println("as:", nf.Name, nf)
		fmt.Printf("%+v %T\n", nf, nf)
	}
	fmt.Println(errors.Unwrap(err))

	err = find("")
	fmt.Println(err)
	fmt.Printf("%+v\n", err)
	fmt.Printf("%#v\n", errors.Is(err, ErrEmpty))
	fmt.Printf("%T\n", err)
	var ve ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field)

	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", err))
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrEmpty))

	joined := errors.Join(ErrEmpty, &NotFoundError{"x"})
	fmt.Println(joined)
	fmt.Printf("%q\n", joined.Error())

	_, err = os.Open("/nonexistent/file.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	var e2 error
	fmt.Println(e2 == nil, e2)
	fmt.Printf("%v %T\n", e2, e2)
}
