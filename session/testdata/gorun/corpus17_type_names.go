package main

import "fmt"

type Stack[T any] struct{ items []T }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type ID int

type Celsius float64

type Handler func(string) error

func main() {
	s := Stack[int]{items: []int{1}}
	fmt.Printf("%T\n", s)
	fmt.Printf("%T\n", &s)
	p := Pair[string, ID]{"a", 1}
	fmt.Printf("%T %+v\n", p, p)
	fmt.Printf("%T %v\n", ID(3), ID(3))
	fmt.Printf("%T\n", []Celsius{1})
	fmt.Printf("%T\n", map[ID]Pair[string, int]{})
	var h Handler = func(string) error { return nil }
	fmt.Printf("%T\n", h)
	fmt.Printf("%v\n", Stack[string]{})
	fmt.Printf("%#v\n", Pair[string, int]{"k", 2})
}
