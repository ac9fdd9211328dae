package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
)

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid " + e.Field }

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, &ValidationError{"name"})
	}
	if age < 0 {
		errs = append(errs, &ValidationError{"age"})
	}
	return errors.Join(errs...)
}

func lookup(id int) error {
	if id > 10 {
		return fmt.Errorf("lookup %d: %w", id, ErrNotFound)
	}
	return nil
}

func handler(id int) error {
	if err := lookup(id); err != nil {
		return fmt.Errorf("handler: %w", err)
	}
	return nil
}

func main() {
	err := handler(42)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)

	both := fmt.Errorf("both: %w and %w", ErrNotFound, ErrPermission)
	fmt.Println(both, errors.Is(both, ErrPermission), errors.Unwrap(both) == nil)

	fmt.Println(validate("ok", 1) == nil)
	verr := validate("", -1)
	fmt.Println(verr)
	var ve *ValidationError
	if errors.As(verr, &ve) {
		fmt.Println("first field:", ve.Field)
	}
	if u, ok := verr.(interface{ Unwrap() []error }); ok {
		fmt.Println("joined", len(u.Unwrap()))
	}

	joined := errors.Join(ErrNotFound, nil, fmt.Errorf("ctx: %w", ErrPermission))
	fmt.Printf("%q\n", joined.Error())
	fmt.Println(errors.Is(joined, ErrPermission))
	fmt.Println(errors.Join(nil, nil) == nil)

	_, err = os.Open("/definitely/not/here")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)
}
