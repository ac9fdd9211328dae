package main

import (
	"fmt"
	"sort"
)

type Collection[T any] struct {
	items []T
}

func (c *Collection[T]) Add(v T)    { c.items = append(c.items, v) }
func (c *Collection[T]) Len() int   { return len(c.items) }
func (c *Collection[T]) At(i int) T { return c.items[i] }

type Named struct {
	Name string
}

func (n Named) Hello() string { return "hello from " + n.Name }

// SortedCollection embeds a generic collection and adds ordering.
type SortedCollection[T any] struct {
	Collection[T]
	Named
	less func(a, b T) bool
}

func (s *SortedCollection[T]) Add(v T) {
	s.Collection.Add(v)
	sort.Slice(s.items, func(i, j int) bool { return s.less(s.items[i], s.items[j]) })
}

type Counter[K comparable] struct {
	*Collection[K]
	counts map[K]int
}

func NewCounter[K comparable]() Counter[K] {
	return Counter[K]{Collection: &Collection[K]{}, counts: map[K]int{}}
}

func (c Counter[K]) Inc(k K) {
	if c.counts[k] == 0 {
		c.Add(k)
	}
	c.counts[k]++
}

func main() {
	s := &SortedCollection[int]{Named: Named{"ints"}, less: func(a, b int) bool { return a < b }}
	for _, v := range []int{5, 2, 9, 1} {
		s.Add(v)
	}
	fmt.Println(s.items, s.Len(), s.At(0), s.Hello(), s.Name)

	words := SortedCollection[string]{less: func(a, b string) bool { return len(a) < len(b) }}
	words.Add("banana")
	words.Add("fig")
	words.Add("apple")
	fmt.Printf("%v %d\n", words.items, words.Len())
	fmt.Printf("%+v\n", words.Collection)

	c := NewCounter[string]()
	for _, w := range []string{"a", "b", "a", "c", "a", "b"} {
		c.Inc(w)
	}
	for i := 0; i < c.Len(); i++ {
		k := c.At(i)
		fmt.Printf("%s=%d ", k, c.counts[k])
	}
	fmt.Println()
}
