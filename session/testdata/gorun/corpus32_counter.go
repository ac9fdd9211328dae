package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Counter[T cmp.Ordered] struct {
	counts map[T]int
}

func NewCounter[T cmp.Ordered](items ...T) *Counter[T] {
	c := &Counter[T]{counts: map[T]int{}}
	c.Add(items...)
	return c
}

func (c *Counter[T]) Add(items ...T) {
	for _, it := range items {
		c.counts[it]++
	}
}

type Entry[T any] struct {
	Item  T
	Count int
}

func (c *Counter[T]) MostCommon(n int) []Entry[T] {
	es := make([]Entry[T], 0, len(c.counts))
	for k, v := range c.counts {
		es = append(es, Entry[T]{k, v})
	}
	slices.SortFunc(es, func(a, b Entry[T]) int {
		if a.Count != b.Count {
			return cmp.Compare(b.Count, a.Count)
		}
		return cmp.Compare(a.Item, b.Item)
	})
	if n < len(es) {
		es = es[:n]
	}
	return es
}

func main() {
	text := "the cat and the hat and the bat sat on the mat"
	c := NewCounter(strings.Fields(text)...)
	for _, e := range c.MostCommon(3) {
		fmt.Printf("%s: %d\n", e.Item, e.Count)
	}
	letters := NewCounter([]rune("mississippi")...)
	for _, e := range letters.MostCommon(10) {
		fmt.Printf("%c=%d ", e.Item, e.Count)
	}
	fmt.Println()
	nums := NewCounter(3, 1, 3, 2, 1, 3)
	fmt.Printf("%v\n", nums.MostCommon(2))
}
