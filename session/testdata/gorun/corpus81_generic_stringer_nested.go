package main

import "fmt"

// Optional prints itself with a String method that prints its value,
// which may be an Optional too.
type Optional[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }

func None[T any]() Optional[T] { return Optional[T]{} }

func (o Optional[T]) String() string {
	if !o.ok {
		return "None"
	}
	return "Some(" + fmt.Sprint(o.v) + ")"
}

func Describe[T any](label string, v T) string {
	return fmt.Sprintf("%s=%v", label, v)
}

func main() {
	fmt.Println(Some(42), None[string]())
	fmt.Println(Describe("n", 7))
	fmt.Println(Some(Some(2.5)))
	fmt.Println(Describe("opt", Some("x")))
}
