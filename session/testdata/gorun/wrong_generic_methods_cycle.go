package main

import "fmt"

// Set and grow call each other: the cell is refused with an error naming
// them, never run with a method missing.
type Buffer[T any] struct {
	items []T
	limit int
}

func (b *Buffer[T]) Add(v T) {
	b.items = append(b.items, v)
	if len(b.items) > b.limit {
		b.grow()
	}
}

func (b *Buffer[T]) grow() {
	b.limit *= 2
	if len(b.items) > b.limit {
		b.Add(b.items[0])
	}
}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	b := &Buffer[int]{limit: 1}
	for i := range 5 {
		b.Add(i)
	}
	fmt.Println(b.items, b.limit)
}
