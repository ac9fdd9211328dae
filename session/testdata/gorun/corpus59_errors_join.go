package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

var ErrEmpty = errors.New("empty value")

type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

func validate(fields map[string]string, order []string) error {
	var errs []error
	for _, k := range order {
		v := fields[k]
		if v == "" {
			errs = append(errs, &FieldError{k, ErrEmpty})
			continue
		}
		if k == "age" {
			if _, err := strconv.Atoi(v); err != nil {
				errs = append(errs, &FieldError{k, err})
			}
		}
	}
	return errors.Join(errs...)
}

func main() {
	err := validate(map[string]string{"name": "", "age": "x1", "city": "Oslo"}, []string{"name", "age", "city"})
	fmt.Println(err)
	fmt.Println("is empty:", errors.Is(err, ErrEmpty), "is syntax:", errors.Is(err, strconv.ErrSyntax))
	var fe *FieldError
	if errors.As(err, &fe) {
		fmt.Println("first field:", fe.Field)
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for i, e := range j.Unwrap() {
			fmt.Printf("%d: %v\n", i, e)
		}
	}
	fmt.Println(validate(map[string]string{"name": "a", "age": "3"}, []string{"name", "age"}) == nil)
	fmt.Println(errors.Join(nil, nil) == nil)

	_, ferr := os.Open("/corpus59/nonexistent")
	joined := errors.Join(ferr, errors.New("cleanup failed"))
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, fs.ErrNotExist))

	wrapped := fmt.Errorf("loading config: %w", joined)
	fmt.Println(errors.Is(wrapped, fs.ErrNotExist), errors.Unwrap(wrapped) == joined)
	multi := fmt.Errorf("two causes: %w and %w", ErrEmpty, fs.ErrPermission)
	fmt.Println(multi, errors.Is(multi, fs.ErrPermission), errors.Unwrap(multi) == nil)
	fmt.Printf("%T %v\n", errors.Unwrap(fmt.Errorf("x: %w", ErrEmpty)), errors.Is(fmt.Errorf("%v", ErrEmpty), ErrEmpty))
}
