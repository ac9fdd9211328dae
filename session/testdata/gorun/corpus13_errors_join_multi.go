package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrRequired = errors.New("required")
	ErrTooLong  = errors.New("too long")
	ErrFormat   = errors.New("bad format")
)

type FieldError struct {
	Field string
	Err   error
}

func (f *FieldError) Error() string { return f.Field + ": " + f.Err.Error() }
func (f *FieldError) Unwrap() error { return f.Err }

type Signup struct {
	Username string
	Email    string
	Bio      string
}

func (s Signup) Validate() error {
	var errs []error
	if s.Username == "" {
		errs = append(errs, &FieldError{"username", ErrRequired})
	}
	if s.Email == "" {
		errs = append(errs, &FieldError{"email", ErrRequired})
	} else if !strings.Contains(s.Email, "@") {
		errs = append(errs, &FieldError{"email", ErrFormat})
	}
	if len(s.Bio) > 20 {
		errs = append(errs, &FieldError{"bio", fmt.Errorf("%w: %d > 20", ErrTooLong, len(s.Bio))})
	}
	return errors.Join(errs...)
}

func closeAll(names ...string) error {
	var err error
	for _, n := range names {
		if strings.HasPrefix(n, "bad") {
			err = errors.Join(err, fmt.Errorf("close %s: failed", n))
		}
	}
	return err
}

func main() {
	forms := []Signup{
		{"gopher", "g@example.com", "likes Go"},
		{"", "nope", "a bio that is clearly longer than twenty"},
		{"x", "", ""},
	}
	for i, f := range forms {
		err := f.Validate()
		if err == nil {
			fmt.Printf("form %d ok\n", i)
			continue
		}
		fmt.Printf("form %d invalid:\n%v\n", i, err)
		fmt.Println("  required missing:", errors.Is(err, ErrRequired))
		fmt.Println("  too long:", errors.Is(err, ErrTooLong))
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Println("  first field:", fe.Field)
		}
	}

	fmt.Println(closeAll("a", "b") == nil)
	err := closeAll("bad1", "ok", "bad2")
	fmt.Printf("%q\n", err.Error())
	fmt.Println(errors.Join(nil, nil) == nil)
}
