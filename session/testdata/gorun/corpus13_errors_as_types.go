package main

import (
	"errors"
	"fmt"
)

// ValidationError is used as a value.
type ValidationError struct {
	Field  string
	Reason string
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %s", v.Field, v.Reason)
}

// HTTPError is used through a pointer.
type HTTPError struct {
	Code int
	Msg  string
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("http %d: %s", e.Code, e.Msg)
}

type User struct {
	Name string
	Age  int
}

func validate(u User) error {
	if u.Name == "" {
		return ValidationError{Field: "name", Reason: "empty"}
	}
	if u.Age < 0 || u.Age > 150 {
		return ValidationError{Field: "age", Reason: fmt.Sprintf("%d out of range", u.Age)}
	}
	return nil
}

func create(u User) error {
	if err := validate(u); err != nil {
		return fmt.Errorf("create user: %w", err)
	}
	if u.Name == "root" {
		return fmt.Errorf("create user: %w", &HTTPError{Code: 409, Msg: "conflict"})
	}
	return nil
}

func describe(err error) string {
	var ve ValidationError
	if errors.As(err, &ve) {
		return "validation problem with field " + ve.Field
	}
	var he *HTTPError
	if errors.As(err, &he) {
		return fmt.Sprintf("server said %d (%s)", he.Code, he.Msg)
	}
	if err == nil {
		return "ok"
	}
	return "unknown: " + err.Error()
}

func main() {
	users := []User{{"ann", 30}, {"", 20}, {"bob", 200}, {"root", 1}}
	for _, u := range users {
		err := create(u)
		fmt.Printf("%-6q -> %v | %s\n", u.Name, err, describe(err))
	}
	fmt.Println(describe(errors.New("disk full")))

	err := create(User{"", 5})
	fmt.Println(errors.Is(err, ValidationError{Field: "name", Reason: "empty"}))
	fmt.Println(errors.Is(err, ValidationError{Field: "age", Reason: "empty"}))

	var target *HTTPError
	e409 := create(User{"root", 1})
	if errors.As(e409, &target) {
		target.Msg = "changed through the pointer"
	}
	fmt.Println(e409)
}
