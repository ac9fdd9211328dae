package main

import (
	"fmt"
	"math/rand"
)

// Assignments of several pairs whose values have an empty interface type:
// swaps of any variables, of []any elements, of map entries and fields,
// results of functions returning any, and generic calls.

type Box struct{ A, B any }

func id(v any) any { return v }

func wrap[T any](v T) any { return v }

func shuffle(xs []any, r *rand.Rand) {
	for i := len(xs) - 1; i > 0; i-- {
		j := r.Intn(i + 1)
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func bubble(xs []interface{}) {
	for i := range xs {
		for j := 0; j < len(xs)-1-i; j++ {
			if fmt.Sprint(xs[j]) > fmt.Sprint(xs[j+1]) {
				xs[j], xs[j+1] = xs[j+1], xs[j]
			}
		}
	}
}

func main() {
	var a, b any = 1, "two"
	a, b = b, a
	fmt.Println(a, b)

	x, y := wrap(3), wrap(2.5)
	fmt.Println(x, y)
	x, y = id(y), id(x)
	fmt.Println(x, y)

	xs := []any{"d", 1, "b", 2.5, true}
	shuffle(xs, rand.New(rand.NewSource(7)))
	bubble(xs)
	fmt.Println(xs)

	m := map[string]any{"left": 1, "right": "r"}
	m["left"], m["right"] = m["right"], m["left"]
	fmt.Println(m["left"], m["right"])

	box := &Box{A: 1, B: []int{2}}
	box.A, box.B = box.B, box.A
	fmt.Printf("%v %v\n", box.A, box.B)

	i := 0
	vals := []any{"p", "q"}
	i, vals[i] = 1, id("z")
	fmt.Println(i, vals)

	var err error
	var v any
	v, err = id(nil), fmt.Errorf("e%d", 1)
	fmt.Println(v, err)
}
