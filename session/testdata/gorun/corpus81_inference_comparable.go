package main

import (
	"cmp"
	"fmt"
)

func Max[T cmp.Ordered](a T, rest ...T) T {
	m := a
	for _, v := range rest {
		m = max(m, v)
	}
	return m
}

func IndexOf[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func Count[T comparable](xs []T) map[T]int {
	m := make(map[T]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

func First[T any](xs []T) (T, bool) {
	if len(xs) == 0 {
		var zero T
		return zero, false
	}
	return xs[0], true
}

type Point struct{ X, Y int }

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type Ratio float64

func main() {
	// Untyped constants of different kinds unify to the default type of
	// the "largest" kind.
	fmt.Println(Max(1, 2.5, 2))
	fmt.Printf("%T %T %T\n", Max(1, 2.5), Max(3, 'a'), Max("b", "a"))
	var r Ratio = 0.75
	fmt.Printf("%v %T\n", Max(r, 1, 0.5), Max(0.1, r))

	pts := []Point{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(IndexOf(pts, Point{3, 4}), IndexOf(pts, Point{}))
	fmt.Println(IsZero(Point{}), IsZero(Point{0, 1}), IsZero(""), IsZero(0.0), IsZero[*Point](nil))

	anys := []any{1, "two", Point{3, 3}, 4.0, nil}
	fmt.Println(IndexOf(anys, any(Point{3, 3})), IndexOf(anys, any(4)), IndexOf(anys, any(4.0)))

	c := Count([]Point{{1, 1}, {2, 2}, {1, 1}})
	fmt.Println(c[Point{1, 1}], c[Point{2, 2}], len(c))
	letters := Count([]rune("mississippi"))
	fmt.Println(letters['s'], letters['i'], letters['m'], len(letters))

	p, ok := First(pts)
	fmt.Println(p, ok)
	z, ok := First([]Shape{})
	fmt.Println(z, ok, z == nil)
	sq, _ := First([]Shape{Square{1.5}})
	fmt.Println(sq.Area())
	f, _ := First([]func() int{func() int { return 9 }})
	fmt.Println(f())
}
