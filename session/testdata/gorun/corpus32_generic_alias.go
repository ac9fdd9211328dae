package main

import "fmt"

type Set[T comparable] = map[T]struct{}

type List[T any] struct {
	items []T
}

func (l *List[T]) Add(v T) { l.items = append(l.items, v) }

type IntList = List[int]

type Vec[T any] = []T

type Lookup[V any] = map[string]V

func sum(v Vec[int]) int {
	t := 0
	for _, x := range v {
		t += x
	}
	return t
}

func main() {
	s := Set[string]{}
	s["go"] = struct{}{}
	s["go"] = struct{}{}
	s["rust"] = struct{}{}
	fmt.Println(len(s))
	fmt.Printf("%T\n", s)

	var l IntList
	l.Add(3)
	l.Add(4)
	fmt.Println(l.items)
	fmt.Printf("%T\n", l)

	v := Vec[int]{1, 2, 3}
	fmt.Println(sum(v), sum([]int{4, 5}))

	lk := Lookup[float64]{"pi": 3.14}
	fmt.Println(lk["pi"])
	fmt.Printf("%T\n", lk)
}
