package main

import (
	"fmt"
	"slices"
	"strings"
)

type Names []string

func (n Names) String() string { return strings.Join(n, ", ") }

type Scores []int

func (s Scores) Total() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

// Filter keeps the slice's own named type.
func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Reverse[S ~[]E, E any](s S) S {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}

func main() {
	team := Names{"ada", "bob", "cleo", "dan", "eve"}
	fmt.Println(team)
	short := Filter(team, func(n string) bool { return len(n) == 3 })
	fmt.Println(short)
	fmt.Printf("%T %d\n", short, len(short))
	fmt.Println(Reverse(team))
	upper := Map(team, strings.ToUpper)
	fmt.Println(upper)
	fmt.Printf("%T\n", upper)

	sorted := slices.Clone(team)
	slices.SortFunc(sorted, func(a, b string) int { return len(b) - len(a) })
	fmt.Println("by length:", sorted)
	fmt.Printf("%v|%s|%q\n", sorted[:2], sorted[:2], []string(sorted[:2]))

	s := Scores{70, 95, 88, 40, 100}
	passed := Filter(s, func(v int) bool { return v >= 60 })
	fmt.Println(passed, passed.Total(), s.Total())
	slices.Sort(passed)
	fmt.Println(passed, slices.Max(passed), slices.Index(passed, 95))
	idx, found := slices.BinarySearch(passed, 90)
	fmt.Println(idx, found)
	passed = slices.Insert(passed, idx, 90)
	fmt.Println(passed, passed.Total())
	fmt.Printf("%T\n", slices.Compact(Scores{1, 1, 2, 2, 2, 3}))

	var none Names
	fmt.Printf("[%v] %v %d\n", none, Filter(none, func(string) bool { return true }) == nil, len(Reverse(none)))
}
