package main

import (
	"fmt"
	"strings"
)

// A value whose static type is a type parameter, or a slice or map of
// type parameters, printed inside generic code: the interpreter hands fmt
// the instance's value without the cell type's name or methods.

type Point struct{ X, Y int }

type Card struct {
	Rank int
	Suit string
}

func (c Card) String() string { return fmt.Sprintf("%d%s", c.Rank, c.Suit) }

type Ptr struct{ N int }

func (p *Ptr) String() string { return fmt.Sprintf("ptr%d", p.N) }

func PrintSlice[T any](s []T) {
	fmt.Println(s)
	fmt.Printf("%v %T len=%d\n", s, s, len(s))
}

func TypeName[T any](v T) string { return fmt.Sprintf("%T", v) }

func Show[T any](xs ...T) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%v", xs)
	return sb.String()
}

func Dump[K comparable, V any](m map[K]V) {
	fmt.Printf("%v|%+v|%T\n", m, m, m)
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) String() string {
	return "stack" + fmt.Sprint(s.items)
}

func main() {
	PrintSlice([]Point{{1, 2}, {3, 4}})
	PrintSlice([]Card{{10, "h"}, {1, "s"}})
	PrintSlice([]int{1, 2})
	PrintSlice([]*Ptr{{7}})
	fmt.Println(TypeName(Point{}), TypeName([]Point{}), TypeName(map[string]Card{}), TypeName(&Point{}), TypeName("s"))
	fmt.Println(Show(Card{2, "d"}, Card{3, "c"}), Show(Point{5, 6}), Show(1, 2, 3))
	Dump(map[string]Card{"best": {14, "s"}})
	Dump(map[Point]string{{0, 0}: "origin"})
	var st Stack[Card]
	st.Push(Card{12, "h"})
	st.Push(Card{13, "h"})
	fmt.Println(st.String())
	fmt.Println(&st)
}
