package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type ValidationError struct {
	Field string
	Msg   string
}

func (e *ValidationError) Error() string { return e.Field + ": " + e.Msg }

var ErrRequired = errors.New("required")

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, fmt.Errorf("name: %w", ErrRequired))
	}
	if age < 0 {
		errs = append(errs, &ValidationError{"age", "must be non-negative"})
	}
	if age > 150 {
		errs = append(errs, &ValidationError{"age", "unrealistic"})
	}
	return errors.Join(errs...)
}

func main() {
	fmt.Println(validate("bob", 30) == nil)
	err := validate("", -1)
	fmt.Println(err)
	fmt.Println("is required:", errors.Is(err, ErrRequired))
	var ve *ValidationError
	if errors.As(err, &ve) {
		fmt.Println("validation field:", ve.Field)
	}

	wrapped := fmt.Errorf("saving user: %w", err)
	fmt.Println(errors.Is(wrapped, ErrRequired))
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println("joined count:", len(u.Unwrap()))
	}

	_, ferr := os.Open("/definitely/not/here.txt")
	multi := fmt.Errorf("config %w; fallback %w", ferr, ErrRequired)
	fmt.Println(multi)
	fmt.Println(errors.Is(multi, fs.ErrNotExist), errors.Is(multi, ErrRequired))
	var pe *fs.PathError
	fmt.Println(errors.As(multi, &pe), pe.Op)
	fmt.Println(errors.Unwrap(multi) == nil)
	fmt.Println(errors.Join(nil, nil) == nil)
}
