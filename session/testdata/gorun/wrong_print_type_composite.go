package main

import "fmt"

type Point struct{ X, Y int }

type Celsius float64

// A generic type makes the printing pass leave values in an any to the
// runner, which names what they are made of.
type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func describe(v any) string { return fmt.Sprintf("%T", v) }

func main() {
	var s Stack[Point]
	s.Push(Point{1, 2})
	values := []any{
		[]Point{{1, 2}},
		map[string]*Point{"a": {3, 4}},
		[2]Point{},
		Point{7, 8},
		&Point{9, 10},
		[]int{1},
		map[string]any{"p": Point{}},
	}
	for _, v := range values {
		fmt.Printf("%T\n", v)
		fmt.Println(describe(v))
	}
	fmt.Println(len(s.items))
}
