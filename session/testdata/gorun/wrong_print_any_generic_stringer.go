package main

// A value of a cell type with a String method in an any (a list element's
// Value) printed by its fields where the cell declared a generic type with
// a String method; a value of that generic type in an any printed without
// it, and show(s) crashed. The first now prints as Go does, the second is
// refused: gogil cannot call an instance's method there.

import (
	"container/list"
	"fmt"
	"strings"
)

type Card struct {
	Rank int
	Suit string
}

func (c Card) String() string { return fmt.Sprintf("%d%s", c.Rank, c.Suit) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) String() string {
	parts := make([]string, len(s.items))
	for i, it := range s.items {
		parts[i] = fmt.Sprint(it)
	}
	return "Stack(" + strings.Join(parts, ",") + ")"
}

func show(v any) { fmt.Println(v) }

func main() {
	l := list.New()
	l.PushBack(Card{1, "a"})
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Println(e.Value)
	}
	s := &Stack[Card]{}
	s.Push(Card{2, "b"})
	l.PushBack(s)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	show(Card{3, "c"})
	show(s)
	var items []any = []any{Card{4, "d"}, s}
	fmt.Println(items...)
}
