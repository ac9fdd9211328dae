package main

import "fmt"

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, val: v} }

func (l *List[T]) Len() int {
	n := 0
	for ; l != nil; l = l.next {
		n++
	}
	return n
}

type Bag[T any] []T

func (b Bag[T]) Size() int { return len(b) }

type Celsius[T ~float64 | ~int] struct{ Deg T }

func build() *List[string] {
	// No variable of these instances is declared before the conversions.
	return (*List[string])(nil).Push("c").Push("b").Push("a")
}

func main() {
	words := build()
	fmt.Println(words.Len(), words.val)
	nums := (*List[int])(nil).Push(1)
	fmt.Println(nums.Len(), nums.val)
	b := Bag[int]([]int{4, 5, 6})
	fmt.Println(b.Size(), b)
	raw := struct{ Deg float64 }{21.5}
	c := Celsius[float64](raw)
	fmt.Printf("%+v\n", c)
	check := func() bool { return (*List[bool])(nil) == nil }
	fmt.Println(check())
}
