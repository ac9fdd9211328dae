package main

import "fmt"

// Generic code instantiating other generic functions with its own type
// parameters, given types the program declares.

type Number interface {
	~int | ~float64
}

type Celsius float64

type Point struct{ X, Y int }

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T Number](xs []T) float64 {
	return float64(Sum(xs...)) / float64(len(xs))
}

func Pair[T Number](a, b T) T { return Sum[T](a, b) }

func Zero[T any]() T {
	var z T
	return z
}

func Id[T any](v T) T { return v }

func Twice[T any](v T) [2]T { return [2]T{Id[T](v), Zero[T]()} }

type Opt[T any] struct {
	v  T
	ok bool
}

func None[T any]() Opt[T] { return Opt[T]{} }

func Map[T, U any](o Opt[T], f func(T) U) Opt[U] {
	if !o.ok {
		return None[U]()
	}
	return Opt[U]{f(o.v), true}
}

type Grid[T any] struct {
	w, h  int
	cells []T
}

func NewGrid[T any](w, h int, fill ...T) *Grid[T] {
	g := &Grid[T]{w: w, h: h, cells: make([]T, w*h)}
	copy(g.cells, fill)
	return g
}

func (g *Grid[T]) Flip() *Grid[T] {
	out := NewGrid[T](g.h, g.w)
	for i, c := range g.cells {
		out.cells[len(g.cells)-1-i] = c
	}
	return out
}

func Depth[T any](v T, n int) int {
	if n == 0 {
		return 0
	}
	return 1 + Depth[T](v, n-1)
}

func main() {
	fmt.Printf("%.2f %.2f\n", Average([]Celsius{20, 21.5}), Average([]int{1, 2}))
	fmt.Println(Pair(Celsius(1.5), 2), Pair(3, 4))
	fmt.Println(Twice(Point{1, 2}), Twice(Celsius(3)))
	toPoint := func(c Celsius) Point { return Point{int(c), 0} }
	fmt.Printf("%+v %+v\n", Map(Opt[Celsius]{}, toPoint), Map(Opt[Celsius]{2, true}, toPoint))
	fmt.Printf("%+v\n", *NewGrid(2, 1, Point{1, 1}, Point{2, 2}).Flip())
	fmt.Println(NewGrid[Celsius](1, 2, 5).Flip().cells, Depth(Point{}, 3))
}
