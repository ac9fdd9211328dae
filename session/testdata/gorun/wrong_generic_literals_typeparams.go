package main

import (
	"cmp"
	"fmt"
	"slices"
)

// Literals of a generic type of two type parameters, written with the
// type parameters of the code around them, in several functions.
type Pair[K comparable, V any] struct {
	Key   K
	Value V
}

type entry[K cmp.Ordered, V any] struct {
	key   K
	value V
	hits  int
}

type Cache[K cmp.Ordered, V any] struct {
	items map[K]*entry[K, V]
}

func (c *Cache[K, V]) Put(k K, v V) {
	c.items[k] = &entry[K, V]{key: k, value: v}
}

func (c *Cache[K, V]) Touch(k K) {
	if e, ok := c.items[k]; ok {
		c.items[k] = &entry[K, V]{e.key, e.value, e.hits + 1}
	}
}

func (c *Cache[K, V]) Entries() []Pair[K, V] {
	var out []Pair[K, V]
	for k, e := range c.items {
		out = append(out, Pair[K, V]{Key: k, Value: e.value})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

func Zip[K comparable, V any](keys []K, vals []V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(keys))
	for i := range keys {
		out = append(out, Pair[K, V]{keys[i], vals[i]})
	}
	return out
}

func Empty[K comparable, V any]() Pair[K, V] { return Pair[K, V]{} }

type Celsius float64

func main() {
	c := &Cache[string, int]{items: map[string]*entry[string, int]{}}
	c.Put("b", 2)
	c.Put("a", 1)
	c.Touch("a")
	c.Touch("a")
	fmt.Println(c.Entries(), c.items["a"].hits, c.items["b"].hits)
	fmt.Printf("%+v\n", Zip([]string{"x", "y"}, []Celsius{1.5, -3}))
	fmt.Printf("%+v %+v\n", Empty[int, string](), Empty[string, []int]())
	temps := &Cache[int, Celsius]{items: map[int]*entry[int, Celsius]{}}
	temps.Put(3, 21.5)
	fmt.Println(temps.Entries())
}
