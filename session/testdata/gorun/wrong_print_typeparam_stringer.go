package main

// A slice of a type parameter constrained by fmt.Stringer printed in the
// generic function: its elements printed by their fields and numbers, not
// their String methods, silently.

import (
	"fmt"
	"strings"
)

type Card struct {
	Rank int
	Suit string
}

func (c Card) String() string { return fmt.Sprintf("%d%s", c.Rank, c.Suit) }

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func Show[T fmt.Stringer](xs []T) {
	fmt.Println(xs)
	fmt.Printf("%v %T %d\n", xs[0], xs[0], len(xs))
}

func Join[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func Index[K comparable, V fmt.Stringer](m map[K]V) {
	fmt.Printf("%v\n", m)
}

func main() {
	Show([]Card{{1, "a"}, {12, "h"}})
	Show([]Level{0, 2})
	fmt.Println(Join([]Level{1, 1}, "+"))
	Index(map[string]Level{"x": 2, "y": 0})
	Index(map[int]Card{7: {7, "s"}})
}
