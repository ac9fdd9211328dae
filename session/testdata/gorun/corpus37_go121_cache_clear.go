package main

import (
	"fmt"
	"maps"
	"slices"
)

type entry[V any] struct {
	val  V
	hits int
}

type Cache[K comparable, V any] struct {
	data    map[K]*entry[V]
	order   []K
	limit   int
	evicted int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]*entry[V]), limit: limit}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if e, ok := c.data[k]; ok {
		e.val = v
		return
	}
	if len(c.data) >= c.limit {
		oldest := c.order[0]
		c.order = c.order[1:]
		delete(c.data, oldest)
		c.evicted++
	}
	c.data[k] = &entry[V]{val: v}
	c.order = append(c.order, k)
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	e, ok := c.data[k]
	if !ok {
		var zero V
		return zero, false
	}
	e.hits++
	return e.val, true
}

func (c *Cache[K, V]) Reset() {
	clear(c.data)
	clear(c.order)
	c.order = c.order[:0]
}

func main() {
	c := NewCache[string, int](3)
	for i, k := range []string{"a", "b", "c", "d", "b"} {
		c.Put(k, i*10)
	}
	for _, k := range []string{"a", "b", "d", "z"} {
		v, ok := c.Get(k)
		fmt.Printf("%s: %d %v\n", k, v, ok)
	}
	fmt.Println("keys:", slices.Sorted(maps.Keys(c.data)), "evicted:", c.evicted)

	before := cap(c.order)
	c.Reset()
	fmt.Println(len(c.data), len(c.order), cap(c.order) == before)

	arr := [4]float64{1, 2, 3, 4}
	s := arr[1:3]
	clear(s)
	fmt.Println(arr)

	type pt struct{ X, Y int }
	pts := []pt{{1, 2}, {3, 4}}
	clear(pts)
	fmt.Printf("%+v\n", pts)

	var nilMap map[string]bool
	clear(nilMap)
	fmt.Println(nilMap == nil)
}
