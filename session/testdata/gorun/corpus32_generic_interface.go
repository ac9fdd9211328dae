package main

import (
	"fmt"
	"strings"
)

type Container[T any] interface {
	Put(T)
	All() []T
	Len() int
}

type sliceBox[T any] struct{ items []T }

func (b *sliceBox[T]) Put(v T)  { b.items = append(b.items, v) }
func (b *sliceBox[T]) All() []T { return b.items }
func (b *sliceBox[T]) Len() int { return len(b.items) }

type uniqueBox[T comparable] struct {
	sliceBox[T]
	seen map[T]bool
}

func newUnique[T comparable]() *uniqueBox[T] {
	return &uniqueBox[T]{seen: map[T]bool{}}
}

func (u *uniqueBox[T]) Put(v T) {
	if u.seen[v] {
		return
	}
	u.seen[v] = true
	u.sliceBox.Put(v)
}

func Fill[T any](c Container[T], vals ...T) Container[T] {
	for _, v := range vals {
		c.Put(v)
	}
	return c
}

func Describe[T any](name string, c Container[T]) string {
	parts := make([]string, 0, c.Len())
	for _, v := range c.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return fmt.Sprintf("%s(%d): %s", name, c.Len(), strings.Join(parts, " "))
}

func main() {
	var c Container[int] = &sliceBox[int]{}
	Fill(c, 3, 1, 3, 2)
	fmt.Println(Describe("slice", c))
	u := newUnique[int]()
	Fill[int](u, 3, 1, 3, 2, 1)
	fmt.Println(Describe[int]("unique", u))
	words := Fill[string](newUnique[string](), strings.Fields("a b a c b")...)
	fmt.Println(Describe("words", words))
	_, isUnique := words.(*uniqueBox[string])
	fmt.Println(isUnique)
}
