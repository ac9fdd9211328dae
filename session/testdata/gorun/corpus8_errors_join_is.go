package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var (
	ErrEmpty   = errors.New("empty name")
	ErrTooLong = errors.New("name too long")
)

func validate(name string) error {
	var errs []error
	if name == "" {
		errs = append(errs, ErrEmpty)
	}
	if len(name) > 5 {
		errs = append(errs, ErrTooLong)
	}
	if name == "root" {
		errs = append(errs, fmt.Errorf("reserved: %q", name))
	}
	return errors.Join(errs...)
}

func main() {
	for _, n := range []string{"", "bob", "alexander", "root"} {
		err := validate(n)
		if err == nil {
			fmt.Printf("%q ok\n", n)
			continue
		}
		fmt.Printf("%q: %v | empty=%v long=%v\n", n, err, errors.Is(err, ErrEmpty), errors.Is(err, ErrTooLong))
	}
	joined := errors.Join(ErrEmpty, nil, ErrTooLong)
	fmt.Println(joined)
	fmt.Println(errors.Join(nil, nil) == nil)

	wrapped := fmt.Errorf("saving: %w", errors.Join(ErrEmpty, fs.ErrNotExist))
	fmt.Println(wrapped, errors.Is(wrapped, fs.ErrNotExist))

	_, err := os.Open("/definitely/not/here.txt")
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path, errors.Is(err, fs.ErrNotExist))
	}
	two := fmt.Errorf("a: %w, b: %w", ErrEmpty, ErrTooLong)
	fmt.Println(two, errors.Is(two, ErrTooLong))
	fmt.Println(errors.Unwrap(two) == nil)
}
