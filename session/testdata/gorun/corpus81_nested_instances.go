package main

import (
	"fmt"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Box[T any] struct{ V T }

// A package-level variable of a nested instance.
var history Stack[Pair[string, int]]

// A struct field of one.
type Scope struct {
	Name string
	Vars Stack[Pair[string, float64]]
}

func record(k string, v int) { history.Push(Pair[string, int]{k, v}) }

func main() {
	record("x", 1)
	record("y", 2)
	fmt.Println(history, len(history.items))
	top, _ := history.Pop()
	fmt.Printf("%+v %T\n", top, top)

	var sc Scope
	sc.Name = "main"
	sc.Vars.Push(Pair[string, float64]{"pi", 3.14})
	sc.Vars.Push(Pair[string, float64]{"e", 2.72})
	fmt.Printf("%+v\n", sc)

	boxes := Stack[Box[[]string]]{}
	boxes.Push(Box[[]string]{strings.Fields("a b")})
	boxes.Push(Box[[]string]{nil})
	for {
		b, ok := boxes.Pop()
		if !ok {
			break
		}
		fmt.Println(b, len(b.V))
	}

	byLevel := map[int]*Stack[Pair[string, bool]]{}
	for i, name := range []string{"root", "etc", "home", "usr"} {
		lvl := min(i, 1)
		if byLevel[lvl] == nil {
			byLevel[lvl] = &Stack[Pair[string, bool]]{}
		}
		byLevel[lvl].Push(Pair[string, bool]{name, i%2 == 0})
	}
	fmt.Println(*byLevel[0], *byLevel[1])
	deep := Box[Box[Pair[int, string]]]{Box[Pair[int, string]]{Pair[int, string]{7, "seven"}}}
	fmt.Printf("%v %+v\n", deep, deep.V.V)
	fmt.Printf("%T\n", deep)
}
