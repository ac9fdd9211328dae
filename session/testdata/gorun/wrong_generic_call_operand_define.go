package main

import (
	"errors"
	"fmt"
)

// := of a value that calls a generic function in an operand, at the top
// level of the cell form.
type Optional[T any] struct {
	val   T
	valid bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) Get() (T, error) {
	if !o.valid {
		var zero T
		return zero, errors.New("empty optional")
	}
	return o.val, nil
}

func Keys[K comparable, V any](m map[K]V) []K {
	var out []K
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	v, err := None[int]().Get()
	fmt.Println(v, err)
	w, err := Some("x").Get()
	fmt.Printf("%q %v\n", w, err)
	x := Some(5).val
	total := Sum([]int{1, 2, 3}) * 10
	first := Keys(map[string]bool{"only": true})[0]
	fmt.Println(x, total, first)
	if n := Sum([]float64{0.5, 0.25}); n < 1 {
		fmt.Println("small", n)
	}
	switch got, _ := Some(3).Get(); got {
	case 3:
		fmt.Println("three")
	default:
		fmt.Println(got)
	}
}
