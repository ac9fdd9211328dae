package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// Words yields the lower-cased words of s, one at a time.
func Words(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, w := range strings.Fields(s) {
			w = strings.ToLower(strings.Trim(w, ".,;!?"))
			if w == "" {
				continue
			}
			if !yield(w) {
				return
			}
		}
	}
}

type Counter[K comparable] map[K]int

func (c Counter[K]) AddAll(seq iter.Seq[K]) {
	for k := range seq {
		c[k]++
	}
}

func (c Counter[K]) MostCommon(n int, less func(a, b K) int) []K {
	keys := slices.Collect(maps.Keys(c))
	slices.SortFunc(keys, func(a, b K) int {
		if c[a] != c[b] {
			return c[b] - c[a]
		}
		return less(a, b)
	})
	return keys[:min(n, len(keys))]
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	text := "The cat sat. The cat ran! A dog sat; the dog barked, and the cat hid."
	c := Counter[string]{}
	c.AddAll(Words(text))
	for _, w := range c.MostCommon(4, strings.Compare) {
		fmt.Printf("%-4s %d\n", w, c[w])
	}

	for i, w := range Enumerate(Words("one two three four five")) {
		if i == 3 {
			break
		}
		fmt.Print(i, ":", w, " ")
	}
	fmt.Println()

	letters := Counter[rune]{}
	for _, r := range "mississippi" {
		letters[r]++
	}
	top := letters.MostCommon(2, func(a, b rune) int { return int(a - b) })
	fmt.Println(string(top), letters['s'])

	for k, v := range maps.All(map[string]int{"only": 1}) {
		fmt.Println(k, v)
	}
	sorted := slices.Sorted(maps.Keys(c))
	fmt.Println(len(sorted), sorted[:3])
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	next, stop := iter.Pull(Words("pull these words"))
	defer stop()
	for {
		w, ok := next()
		if !ok {
			break
		}
		fmt.Print("<", w, ">")
	}
	fmt.Println()
}
