package main

// A value of a cell type with a String method held in an any (a list
// element's Value, a ring's) printed by its fields, silently, wherever
// the cell also declared a generic type, even one without fmt methods.

import (
	"cmp"
	"container/list"
	"container/ring"
	"fmt"
)

type Card struct {
	Rank int
	Suit string
}

func (c Card) String() string { return fmt.Sprintf("%d%s", c.Rank, c.Suit) }

type MinHeap[T cmp.Ordered] []T

func (h MinHeap[T]) Len() int { return len(h) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func describe(v any) string { return fmt.Sprintf("%v/%T", v, v) }

func main() {
	l := list.New()
	l.PushBack(Card{1, "a"})
	l.PushFront(Card{0, "z"})
	l.PushBack(Pair[string, int]{"k", 1})
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	r := ring.New(2)
	for i := range 2 {
		r.Value = Card{i + 1, "r"}
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, ",") })
	fmt.Println()
	fmt.Println(describe(Card{9, "s"}), describe(Pair[int, Card]{1, Card{2, "d"}}), MinHeap[int]{3}.Len())
}
