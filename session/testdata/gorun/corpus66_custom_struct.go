package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Value any
	Msg   string
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (%v): %s", e.Field, e.Value, e.Msg)
}

type User struct {
	Name string
	Age  int
}

func validate(u User) error {
	if u.Name == "" {
		return ValidationError{Field: "name", Value: u.Name, Msg: "must not be empty"}
	}
	if u.Age < 0 || u.Age > 150 {
		return ValidationError{"age", u.Age, "out of range"}
	}
	return nil
}

func main() {
	users := []User{{"Ann", 30}, {"", 20}, {"Bob", 200}}
	for _, u := range users {
		err := validate(u)
		if err == nil {
			fmt.Printf("%+v ok\n", u)
			continue
		}
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Println("field:", ve.Field, "msg:", ve.Msg)
		}
		fmt.Println("error:", err)
		fmt.Printf("%T\n", err)
	}
	wrapped := fmt.Errorf("saving user: %w", validate(User{"", 1}))
	var ve ValidationError
	fmt.Println(errors.As(wrapped, &ve), ve.Field)
	fmt.Println(wrapped)
}
