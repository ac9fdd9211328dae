package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("empty")

func checkName(s string) error {
	if s == "" {
		return fmt.Errorf("name: %w", ErrEmpty)
	}
	return nil
}

func checkEmail(s string) error {
	if !strings.Contains(s, "@") {
		return fmt.Errorf("email %q: missing @", s)
	}
	return nil
}

func checkAge(n int) error {
	if n < 18 {
		return fmt.Errorf("age %d: too young", n)
	}
	return nil
}

func main() {
	err := errors.Join(checkName(""), checkEmail("bob.example.com"), checkAge(30), checkAge(12))
	fmt.Println(err)
	fmt.Println("---")
	fmt.Println(errors.Is(err, ErrEmpty))
	fmt.Println(errors.Join(nil, nil) == nil)
	fmt.Println(errors.Join(checkName("x"), checkAge(40)) == nil)
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for i, e := range j.Unwrap() {
			fmt.Println(i, e)
		}
	}
	var errs []error
	for _, n := range []int{20, 3, 17} {
		if e := checkAge(n); e != nil {
			errs = append(errs, e)
		}
	}
	fmt.Printf("%q\n", errors.Join(errs...).Error())
}
