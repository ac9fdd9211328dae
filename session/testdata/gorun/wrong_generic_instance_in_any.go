package main

import "fmt"

// Values of instances of generic types held in an interface, or as a
// generic function's T: %T names the instance as Go's reflect does, where
// the interpreter's type of it is the struct it is made of.
type Box[T any] struct{ V T }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type User struct{ Name string }

func Describe[T any](v T) string { return fmt.Sprintf("%T %v", v, v) }

func main() {
	values := []any{Box[int]{1}, Box[[]string]{[]string{"a"}}, Pair[string, int]{"k", 2}, Box[User]{User{"ann"}}, &Box[bool]{true}}
	for _, v := range values {
		fmt.Printf("%T %v\n", v, v)
	}
	fmt.Println(Describe(Box[float64]{1.5}))
	fmt.Println(Describe(Pair[string, []User]{"team", []User{{"bo"}}}))
	var x any = Box[Box[int]]{Box[int]{3}}
	fmt.Printf("%T %+v\n", x, x)
}
