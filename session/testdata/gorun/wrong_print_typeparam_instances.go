package main

// A value of an instance of a generic cell type printed in its own
// methods or other generic code (Pair[K, V], Box[T]): its %T named the
// type parameters, and its fields of cell types lost their String
// methods, silently.

import (
	"fmt"
	"strings"
)

type Card struct {
	Rank int
	Suit string
}

func (c Card) String() string { return fmt.Sprintf("%d%s", c.Rank, c.Suit) }

type Point struct{ X, Y int }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Show() string { return fmt.Sprintf("%v|%+v", p, p) }
func (p Pair[K, V]) Type() string { return fmt.Sprintf("%T", p) }

type Box[T any] struct{ Items []T }

func (b Box[T]) Dump() {
	fmt.Println(b)
	fmt.Printf("%v %+v %d\n", b.Items, b, len(b.Items))
}

type Tree[T any] struct {
	Val         T
	Left, Right *Tree[T]
}

func (t *Tree[T]) Walk(visit func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func Keys[K comparable, V any](ps []Pair[K, V]) []K {
	var out []K
	for _, p := range ps {
		out = append(out, p.Key)
	}
	return out
}

func main() {
	p := Pair[string, Card]{"best", Card{14, "s"}}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	fmt.Println(p.Show())
	fmt.Println(p.Type())
	q := Pair[Point, int]{Point{1, 2}, 3}
	fmt.Println(q.Show(), q.Type())
	b := Box[Card]{[]Card{{2, "h"}, {3, "d"}}}
	b.Dump()
	Box[Point]{[]Point{{5, 6}}}.Dump()
	t := &Tree[Card]{Val: Card{5, "c"}, Left: &Tree[Card]{Val: Card{2, "c"}}}
	var sb strings.Builder
	t.Walk(func(c Card) { fmt.Fprint(&sb, c, ";") })
	fmt.Println(sb.String())
	fmt.Println(Keys([]Pair[Card, int]{{Card{1, "x"}, 1}}))
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(ps, Keys(ps))
	fmt.Printf("%v %T\n", ps[0], ps[0])
}
