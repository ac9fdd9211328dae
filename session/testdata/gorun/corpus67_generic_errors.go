package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError[T any] struct {
	Field string
	Value T
}

func (e *ValidationError[T]) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

func Validate[T any](field string, v T, ok func(T) bool) error {
	if !ok(v) {
		return &ValidationError[T]{field, v}
	}
	return nil
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TryAll[T any](fs ...func() (T, error)) ([]T, error) {
	var out []T
	var errs []error
	for _, f := range fs {
		v, err := f()
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errors.Join(errs...)
}

func main() {
	err := Validate("age", -5, func(n int) bool { return n >= 0 })
	fmt.Println(err)
	var ve *ValidationError[int]
	if errors.As(err, &ve) {
		fmt.Println("field:", ve.Field, "value:", ve.Value)
	}
	fmt.Println(Validate("name", "bob", func(s string) bool { return s != "" }) == nil)
	fmt.Println(Must(strconv.Atoi("123")) + 1)
	vals, err := TryAll(
		func() (int, error) { return strconv.Atoi("1") },
		func() (int, error) { return strconv.Atoi("two") },
		func() (int, error) { return 3, nil },
	)
	fmt.Println(vals)
	fmt.Println(err)
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		Must(strconv.ParseBool("maybe"))
	}()
}
