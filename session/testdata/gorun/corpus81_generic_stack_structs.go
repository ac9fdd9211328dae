package main

import (
	"fmt"
	"strings"
)

// A Stack of any element type, used here with the program's own structs.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(vs ...T) { s.items = append(s.items, vs...) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	last := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return last, true
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Point struct {
	X, Y int
}

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Frame struct {
	Func string
	Line int
}

// Undo history: each edit is a struct pushed on a stack.
type Edit struct {
	Pos  int
	Text string
}

func main() {
	var pts Stack[Point]
	pts.Push(Point{1, 2}, Point{3, 4})
	pts.Push(Point{5, 6})
	fmt.Println("points:", pts.Len(), pts)
	top, _ := pts.Peek()
	fmt.Printf("peek: %v %+v\n", top, top)
	for {
		p, ok := pts.Pop()
		if !ok {
			break
		}
		fmt.Println("pop", p, p.X+p.Y)
	}
	p, ok := pts.Pop()
	fmt.Println("empty pop:", p, ok)

	calls := &Stack[Frame]{}
	calls.Push(Frame{"main", 10})
	calls.Push(Frame{"parse", 42}, Frame{"lex", 7})
	fmt.Printf("%v\n", calls)
	fmt.Printf("%+v\n", *calls)
	f, _ := calls.Pop()
	fmt.Printf("%T %+v\n", f, f)
	fmt.Printf("%T\n", calls)

	var doc strings.Builder
	var undo Stack[Edit]
	for i, w := range []string{"hello", " ", "generic", " ", "world"} {
		undo.Push(Edit{Pos: doc.Len(), Text: w})
		doc.WriteString(w)
		_ = i
	}
	fmt.Printf("%q\n", doc.String())
	text := doc.String()
	for range 3 {
		e, _ := undo.Pop()
		text = text[:e.Pos]
		fmt.Printf("undo %-10q -> %q\n", e.Text, text)
	}

	ptrs := Stack[*Point]{}
	a := &Point{7, 8}
	ptrs.Push(a)
	a.X = 70
	q, _ := ptrs.Peek()
	fmt.Println(q, *q, q == a)
	nilTop, ok := (&Stack[*Point]{}).Pop()
	fmt.Println(nilTop, nilTop == nil, ok)
}
