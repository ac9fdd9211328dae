package main

import "fmt"

// Type parameters named like the fields they type, as tutorials write
// pairs and options.
type Pair[A, B any] struct {
	A A
	B B
}

func (p Pair[A, B]) Second() B { return p.B }

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{A: a, B: b} }

func First[A any](p Pair[A, int]) A { return p.A }

type Option[T any] struct {
	T  T
	Ok bool
}

func (o Option[T]) Or(def T) T {
	if o.Ok {
		return o.T
	}
	return def
}

func main() {
	p := MakePair("x", 1)
	fmt.Println(p.A, p.B, p.Second(), First(p))
	fmt.Printf("%+v\n", p)
	fmt.Println(Option[int]{T: 3, Ok: true}.Or(9), Option[string]{}.Or("none"))
}
