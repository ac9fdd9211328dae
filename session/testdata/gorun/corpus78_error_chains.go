package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type ValidationError struct {
	Field string
	Err   error
}

func (v *ValidationError) Error() string { return v.Field + ": " + v.Err.Error() }
func (v *ValidationError) Unwrap() error { return v.Err }

var (
	ErrEmpty    = errors.New("empty")
	ErrTooLarge = errors.New("too large")
)

type User struct {
	Name string
	Age  int
}

func parseAge(s string) (int, error) {
	if s == "" {
		return 0, &ValidationError{"age", ErrEmpty}
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ValidationError{"age", err}
	}
	if n > 150 {
		return 0, &ValidationError{"age", fmt.Errorf("%d is %w", n, ErrTooLarge)}
	}
	return n, nil
}

func newUser(name, age string) (*User, error) {
	var errs []error
	if name == "" {
		errs = append(errs, &ValidationError{"name", ErrEmpty})
	}
	n, err := parseAge(age)
	if err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("invalid user %q: %w", name, errors.Join(errs...))
	}
	return &User{name, n}, nil
}

func main() {
	inputs := [][2]string{{"ann", "31"}, {"", ""}, {"bob", "x1"}, {"cy", "200"}}
	for _, in := range inputs {
		u, err := newUser(in[0], in[1])
		if err != nil {
			fmt.Println("error:", err)
			var ve *ValidationError
			if errors.As(err, &ve) {
				fmt.Println("  first field:", ve.Field)
			}
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Println("  bad number:", ne.Num, ne.Func, ne.Err)
			}
			fmt.Println("  empty?", errors.Is(err, ErrEmpty), "too large?", errors.Is(err, ErrTooLarge))
			continue
		}
		fmt.Printf("ok: %+v\n", *u)
	}
	_, err := os.Open("/definitely/not/here.txt")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, errors.Is(err, fs.ErrNotExist))
	wrapped := fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", ErrEmpty))
	for e := wrapped; e != nil; e = errors.Unwrap(e) {
		fmt.Println(" ->", e)
	}
}
