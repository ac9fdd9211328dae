package main

import "fmt"

// Container is a generic interface used as a constraint.
type Container[T any] interface {
	Add(T)
	Len() int
}

type Bag[T any] struct{ xs []T }

func (b *Bag[T]) Add(v T)  { b.xs = append(b.xs, v) }
func (b *Bag[T]) Len() int { return len(b.xs) }

type Ring[T any] struct {
	xs   []T
	next int
}

func (r *Ring[T]) Add(v T) {
	if len(r.xs) < 3 {
		r.xs = append(r.xs, v)
		return
	}
	r.xs[r.next] = v
	r.next = (r.next + 1) % 3
}

// Ring's Len is not one the constraint needs of it.
func (r *Ring[T]) Len() int { return len(r.xs) }

// fill works on the first type: its methods keep their names.
func fill[C Container[int]](c C, n int) C {
	for i := range n {
		c.Add(i * i)
	}
	return c
}

func main() {
	b := fill(&Bag[int]{}, 4)
	fmt.Println(b.Len(), b.xs)
	r := &Ring[int]{}
	for i := range 5 {
		r.Add(i)
	}
	fmt.Println(r.Len(), r.xs, b.Len())
}
