package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrEmpty = errors.New("empty field")

type FieldError struct {
	Field string
}

func (e *FieldError) Error() string { return "bad field " + e.Field }

func validate(name, email string) error {
	var errs []error
	if name == "" {
		errs = append(errs, fmt.Errorf("name: %w", ErrEmpty))
	}
	if email == "" {
		errs = append(errs, &FieldError{"email"})
	}
	return errors.Join(errs...)
}

func main() {
	fmt.Println(validate("ann", "a@b") == nil)
	err := validate("", "")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrEmpty))
	var fe *FieldError
	if errors.As(err, &fe) {
		fmt.Println("field:", fe.Field)
	}
	_, err = os.Open("/definitely/not/here")
	wrapped := fmt.Errorf("load config: %w", err)
	fmt.Println(errors.Is(wrapped, fs.ErrNotExist))
	both := fmt.Errorf("two: %w and %w", ErrEmpty, os.ErrPermission)
	fmt.Println(both, errors.Is(both, os.ErrPermission))
}
