package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Msg   string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("validation failed on %s: %s", e.Field, e.Msg)
}

type CodeError struct {
	Code int
}

func (e CodeError) Error() string { return fmt.Sprintf("code %d", e.Code) }

func validate(age int) error {
	if age < 0 {
		return fmt.Errorf("validate: %w", &ValidationError{Field: "age", Msg: "negative"})
	}
	if age > 150 {
		return fmt.Errorf("validate: %w", CodeError{Code: 422})
	}
	return nil
}

func main() {
	for _, age := range []int{30, -1, 200} {
		err := validate(age)
		if err == nil {
			fmt.Println(age, "ok")
			continue
		}
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Printf("%d: field=%s msg=%s\n", age, ve.Field, ve.Msg)
		}
		var ce CodeError
		if errors.As(err, &ce) {
			fmt.Printf("%d: code=%d (%T)\n", age, ce.Code, ce)
		}
		fmt.Printf("%d: %v\n", age, err)
	}
	var target *ValidationError
	fmt.Println(errors.As(errors.New("plain"), &target), target == nil)
}
