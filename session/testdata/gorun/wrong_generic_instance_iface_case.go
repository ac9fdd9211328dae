package main

import "fmt"

// Values of instances of generic types with methods, held in an any,
// asserted to interfaces: Go matches them by the instance's methods.

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }

type Counter[T any] struct{ n int }

func (c *Counter[T]) String() string { return fmt.Sprint("count ", c.n) }

func describe(v any) string {
	switch x := v.(type) {
	case fmt.Stringer:
		return "stringer " + x.String()
	case int:
		return "int"
	}
	return "other"
}

func main() {
	var a any = Box[int]{2}
	s, ok := a.(fmt.Stringer)
	fmt.Println(ok, s)
	fmt.Println(describe(Box[string]{"x"}))
	fmt.Println(describe(&Counter[bool]{3}))
	fmt.Println(describe(7))
}
