package main

import (
	"errors"
	"fmt"
	"strings"
)

type Rule[T any] struct {
	Name  string
	Check func(T) bool
}

type ValidationError[T any] struct {
	Value T
	Rule  string
}

func (e ValidationError[T]) Error() string {
	return fmt.Sprintf("%v fails %s", e.Value, e.Rule)
}

func Validate[T any](v T, rules ...Rule[T]) error {
	var errs []error
	for _, r := range rules {
		if !r.Check(v) {
			errs = append(errs, ValidationError[T]{v, r.Name})
		}
	}
	return errors.Join(errs...)
}

func NotEmpty() Rule[string] {
	return Rule[string]{"not-empty", func(s string) bool { return s != "" }}
}

func MaxLen(n int) Rule[string] {
	return Rule[string]{fmt.Sprintf("max-len(%d)", n), func(s string) bool { return len(s) <= n }}
}

func Between[T int | float64](lo, hi T) Rule[T] {
	return Rule[T]{fmt.Sprintf("between(%v,%v)", lo, hi), func(v T) bool { return v >= lo && v <= hi }}
}

func main() {
	for _, name := range []string{"gopher", "", "averyveryverylongname"} {
		err := Validate(name, NotEmpty(), MaxLen(10), Rule[string]{"lowercase", func(s string) bool { return s == strings.ToLower(s) }})
		fmt.Printf("%q: %v\n", name, err)
	}
	err := Validate(150, Between(0, 120), Rule[int]{"even", func(n int) bool { return n%2 == 0 }})
	fmt.Println(err)
	err = Validate(-3, Between(0, 120), Rule[int]{"even", func(n int) bool { return n%2 == 0 }})
	fmt.Println(strings.ReplaceAll(err.Error(), "\n", "; "))

	var ve ValidationError[int]
	if errors.As(err, &ve) {
		fmt.Printf("first: %+v\n", ve)
	}
	fmt.Println(Validate(2.5, Between(0.0, 1.0)))
	fmt.Println(Validate(0.5, Between(0.0, 1.0)) == nil)
}
