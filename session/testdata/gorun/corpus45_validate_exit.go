package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type FieldError struct {
	Field, Problem string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Problem }

type Signup struct {
	Username string
	Email    string
	Age      int
}

func (s Signup) Validate() error {
	var errs []error
	if len(s.Username) < 3 {
		errs = append(errs, FieldError{"username", "too short"})
	}
	if !strings.Contains(s.Email, "@") {
		errs = append(errs, FieldError{"email", "missing @"})
	}
	if s.Age < 13 || s.Age > 130 {
		errs = append(errs, FieldError{"age", fmt.Sprintf("%d not in 13..130", s.Age)})
	}
	return errors.Join(errs...)
}

func main() {
	forms := []Signup{
		{"gopher", "g@go.dev", 14},
		{"x", "nope", 7},
		{"ann", "ann@example.com", 200},
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
		var fe FieldError
		if errors.As(err, &fe) {
			fmt.Println("  first field:", fe.Field)
		}
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("  problems:", len(u.Unwrap()))
		}
	}
	defer fmt.Println("this deferred line is skipped by os.Exit")
	if failed > 0 {
		fmt.Fprintf(os.Stderr, "%d forms failed\n", failed)
		fmt.Printf("exiting with %d\n", failed+1)
		os.Exit(failed + 1)
	}
	fmt.Println("all good")
}
