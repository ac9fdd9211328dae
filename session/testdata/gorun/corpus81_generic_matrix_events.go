package main

import (
	"fmt"
	"iter"
	"slices"
)

type Matrix[T interface{ ~int | ~float64 }] [][]T

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	out := make(Matrix[T], len(m))
	for i := range m {
		out[i] = make([]T, len(o[0]))
		for j := range o[0] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out
}

func (m Matrix[T]) Rows() iter.Seq2[int, []T] {
	return func(yield func(int, []T) bool) {
		for i, r := range m {
			if !yield(i, r) {
				return
			}
		}
	}
}

type Handlers[E any] map[string][]func(E)

func (h Handlers[E]) On(name string, f func(E)) { h[name] = append(h[name], f) }
func (h Handlers[E]) Emit(name string, e E) int {
	for _, f := range h[name] {
		f(e)
	}
	return len(h[name])
}

type Click struct{ X, Y int }

func main() {
	a := Matrix[int]{{1, 2}, {3, 4}}
	b := Matrix[int]{{0, 1}, {1, 0}}
	fmt.Println(a.Mul(b), len(a.Mul(a)))
	for i, r := range a.Mul(a).Rows() {
		fmt.Println(i, r, slices.Max(r))
	}
	f := Matrix[float64]{{0.5}}
	fmt.Printf("%v %T\n", f.Mul(f), f)

	h := Handlers[Click]{}
	var log []string
	h.On("click", func(c Click) { log = append(log, fmt.Sprintf("at %d,%d", c.X, c.Y)) })
	h.On("click", func(c Click) { log = append(log, fmt.Sprint("sum ", c.X+c.Y)) })
	n := h.Emit("click", Click{3, 4})
	fmt.Println(n, log, h.Emit("none", Click{}))
	hs := Handlers[string]{}
	for i := range 3 {
		hs.On("x", func(s string) { fmt.Println(i, s) })
	}
	hs.Emit("x", "go")
}
