package main

import (
	"errors"
	"fmt"
	"io/fs"
)

var ErrEmpty = errors.New("empty name")

type RangeError struct {
	Field string
	Val   int
}

func (e *RangeError) Error() string {
	return fmt.Sprintf("%s out of range: %d", e.Field, e.Val)
}

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, ErrEmpty)
	}
	if age < 0 || age > 150 {
		errs = append(errs, &RangeError{"age", age})
	}
	return errors.Join(errs...)
}

func main() {
	fmt.Println(validate("bob", 30) == nil)

	err := validate("", 200)
	fmt.Println(err)
	fmt.Println("is empty:", errors.Is(err, ErrEmpty))
	var re *RangeError
	if errors.As(err, &re) {
		fmt.Println("range error on", re.Field)
	}

	wrapped := fmt.Errorf("save: %w; also %w", fs.ErrNotExist, ErrEmpty)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, fs.ErrNotExist), errors.Is(wrapped, ErrEmpty))

	if u, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println("joined", len(u.Unwrap()), "errors")
	}
	fmt.Println(errors.Join(nil, nil) == nil)
	fmt.Println(errors.Unwrap(fmt.Errorf("x: %w", ErrEmpty)) == ErrEmpty)
}
