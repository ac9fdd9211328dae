package main

import (
	"fmt"
	"strings"
)

// Values of a type parameter put in an interface, where the type
// argument is a named type of a basic kind without methods: Go keeps the
// named type, which %T prints and a type switch tells from its underlying
// type.

type Celsius float64
type UserID int
type Tag string

type Number interface {
	~int | ~float64
}

func Describe[T any](v T) string {
	return fmt.Sprintf("%T(%v)", any(v), any(v))
}

func Box[T any](v T) any { return v }

func Kind[T any](v T) string {
	switch any(v).(type) {
	case int:
		return "int"
	case float64:
		return "float64"
	case string:
		return "string"
	}
	return "something else"
}

func Sum[N Number](xs ...N) any {
	var total N
	for _, x := range xs {
		total += x
	}
	return total
}

func Collect[T any](xs ...T) []any {
	var out []any
	for _, x := range xs {
		out = append(out, x)
	}
	return out
}

func Keyed[K comparable, V any](k K, v V) map[string]any {
	return map[string]any{"key": k, "value": v}
}

func main() {
	fmt.Println(Describe(Celsius(21.5)))
	fmt.Println(Describe(UserID(7)))
	b := Box(Tag("go"))
	fmt.Printf("%T %q\n", b, b)
	fmt.Println(Kind(UserID(3)), Kind(Tag("x")), Kind(Celsius(1)))
	s := Sum(Celsius(1.5), Celsius(2))
	fmt.Printf("%T %v\n", s, s)
	for _, x := range Collect(Tag("a"), Tag("b")) {
		fmt.Printf("%T ", x)
	}
	fmt.Println()
	m := Keyed(UserID(1), Tag("admin"))
	fmt.Printf("%T %T\n", m["key"], m["value"])
	if id, ok := m["key"].(UserID); ok {
		fmt.Println("user", id+1)
	}
	_, isInt := m["key"].(int)
	fmt.Println("is int:", isInt)
	fmt.Println(strings.Repeat("-", 3))
}
