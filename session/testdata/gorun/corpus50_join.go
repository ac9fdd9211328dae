package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("empty value")

type User struct {
	Name  string
	Email string
	Age   int
}

func (u User) Validate() error {
	var errs []error
	if u.Name == "" {
		errs = append(errs, fmt.Errorf("name: %w", ErrEmpty))
	}
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, fmt.Errorf("email %q: missing @", u.Email))
	}
	if u.Age < 0 {
		errs = append(errs, fmt.Errorf("age %d: negative", u.Age))
	}
	return errors.Join(errs...)
}

func main() {
	users := []User{
		{"Ann", "ann@example.com", 30},
		{"", "bob", -3},
		{"Cy", "cy.example.com", 4},
	}
	for i, u := range users {
		err := u.Validate()
		if err == nil {
			fmt.Printf("user %d valid\n", i)
			continue
		}
		fmt.Printf("user %d invalid:\n%v\n", i, err)
		fmt.Println("is empty:", errors.Is(err, ErrEmpty))
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("count:", len(j.Unwrap()))
		}
	}
	fmt.Println(errors.Join(nil, nil) == nil)
	e := errors.Join(errors.New("a"), nil, errors.New("b"))
	fmt.Printf("%q\n", e.Error())
}
