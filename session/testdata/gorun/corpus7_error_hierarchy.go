package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Issue string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("validation failed on %s: %s", e.Field, e.Issue)
}

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

type TemporaryError struct {
	Msg   string
	Retry int
}

func (e *TemporaryError) Error() string   { return e.Msg }
func (e *TemporaryError) Temporary() bool { return true }

type User struct {
	Name string
	Age  int
}

var users = map[int]User{1: {"ann", 30}}

func validate(u User) error {
	if u.Name == "" {
		return &ValidationError{"name", "empty"}
	}
	if u.Age < 0 {
		return &ValidationError{Field: "age", Issue: fmt.Sprintf("negative (%d)", u.Age)}
	}
	return nil
}

func find(id int) (User, error) {
	u, ok := users[id]
	if !ok {
		return User{}, &OpError{Op: fmt.Sprintf("find %d", id), Err: ErrNotFound}
	}
	return u, nil
}

func save(u User) error {
	if err := validate(u); err != nil {
		return &OpError{Op: "save", Err: err}
	}
	if u.Name == "flaky" {
		return &OpError{"save", &TemporaryError{"database busy", 3}}
	}
	return nil
}

func describe(err error) string {
	var ve *ValidationError
	var te interface{ Temporary() bool }
	var oe *OpError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrNotFound):
		return "missing: " + err.Error()
	case errors.As(err, &ve):
		return "bad field " + ve.Field
	case errors.As(err, &te) && te.Temporary():
		return "temporary, retry later"
	case errors.As(err, &oe):
		return "operation " + oe.Op
	}
	return "unknown"
}

func main() {
	_, err := find(2)
	fmt.Println(err)
	fmt.Println(describe(err))
	u, err := find(1)
	fmt.Println(u, describe(err))

	for _, u := range []User{{"", 3}, {"bob", -1}, {"flaky", 1}, {"eve", 22}} {
		err := save(u)
		fmt.Printf("%-6q %v | %s\n", u.Name, err, describe(err))
	}

	wrapped := fmt.Errorf("request: %w", save(User{"", 1}))
	var ve *ValidationError
	if errors.As(wrapped, &ve) {
		fmt.Println("found through two wraps:", ve.Issue)
	}
	var te *TemporaryError
	fmt.Println(errors.As(save(User{"flaky", 1}), &te), te.Retry)
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == error(nil))
}
