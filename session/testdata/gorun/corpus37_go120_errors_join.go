package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

var ErrRequired = errors.New("is required")

type Signup struct {
	Name  string
	Email string
	Age   int
}

func (s Signup) Validate() error {
	var errs []error
	if s.Name == "" {
		errs = append(errs, fmt.Errorf("name %w", ErrRequired))
	}
	if !strings.Contains(s.Email, "@") {
		errs = append(errs, &FieldError{"email", "must contain @"})
	}
	if s.Age < 13 {
		errs = append(errs, &FieldError{"age", fmt.Sprintf("%d is under 13", s.Age)})
	}
	return errors.Join(errs...)
}

func main() {
	forms := []Signup{
		{"Ada", "ada@example.com", 36},
		{"", "nobody", 9},
	}
	failed := 0
	for i, f := range forms {
		err := f.Validate()
		if err == nil {
			fmt.Printf("form %d ok\n", i)
			continue
		}
		failed++
		fmt.Printf("form %d invalid:\n%v\n", i, err)
		fmt.Println("  required missing:", errors.Is(err, ErrRequired))
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Println("  first field error:", fe.Field)
		}
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("  count:", len(u.Unwrap()))
		}
	}
	fmt.Println(errors.Join(nil, nil) == nil)
	if failed > 0 {
		fmt.Println("exiting with failures:", failed)
		os.Exit(2)
	}
}
