package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

type List struct {
	items []string
}

func (l *List) All() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, it := range l.items {
			if !yield(it) {
				return
			}
		}
	}
}

func main() {
	for i := range Countdown(5) {
		fmt.Print(i, " ")
		if i == 2 {
			break
		}
	}
	fmt.Println()

	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		fmt.Println(i, s)
	}

	l := &List{items: []string{"x", "y", "z"}}
	for it := range l.All() {
		fmt.Print(strings.ToUpper(it))
	}
	fmt.Println()
	fmt.Println(slices.Collect(l.All()))

	m := map[string]int{"one": 1, "two": 2, "three": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}

	next, stop := iter.Pull(Countdown(3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
}
