package main

import (
	"fmt"
	"strings"
)

type Stringer interface {
	String() string
}

type StringableNumber interface {
	~int | ~float64
	String() string
}

type Score int

func (s Score) String() string { return fmt.Sprintf("%d pts", int(s)) }

func Join[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func Total[T StringableNumber](xs []T) (T, string) {
	var sum T
	for _, x := range xs {
		sum += x
	}
	return sum, sum.String()
}

// Ptr constrains a type parameter to a pointer whose type has a Set method.
type Setter[T any] interface {
	Set(string)
	*T
}

type Settings struct{ v string }

func (s *Settings) Set(v string) { s.v = "set:" + v }

func FromStrings[T any, PT Setter[T]](in []string) []T {
	out := make([]T, len(in))
	for i, v := range in {
		p := PT(&out[i])
		p.Set(v)
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	scores := []Score{10, 25, 7}
	fmt.Println(Join(scores, ", "))
	n, s := Total(scores)
	fmt.Println(int(n), s)
	fmt.Println(FromStrings[Settings]([]string{"a", "b"}))
	type Env map[string]string
	fmt.Println(Keys(Env{"A": "1", "B": "2"}))
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[int](), Zero[*Settings]())
}
