package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Stats[N interface{ ~int | ~float64 }] struct {
	Count    int
	Sum      N
	Min, Max N
}

func (s *Stats[N]) Observe(v N) {
	if s.Count == 0 || v < s.Min {
		s.Min = v
	}
	if s.Count == 0 || v > s.Max {
		s.Max = v
	}
	s.Count++
	s.Sum += v
}

func (s Stats[N]) Mean() float64 {
	if s.Count == 0 {
		return 0
	}
	return float64(s.Sum) / float64(s.Count)
}

// BoundedCache evicts its smallest key when full.
type BoundedCache[K cmp.Ordered, V any] struct {
	limit int
	data  map[K]V
	hits  Stats[int]
}

func NewBoundedCache[K cmp.Ordered, V any](limit int) *BoundedCache[K, V] {
	return &BoundedCache[K, V]{limit: limit, data: make(map[K]V)}
}

func (c *BoundedCache[K, V]) Put(k K, v V) (evicted K, did bool) {
	if _, ok := c.data[k]; !ok && len(c.data) >= c.limit {
		keys := make([]K, 0, len(c.data))
		for key := range c.data {
			keys = append(keys, key)
		}
		evicted = slices.Min(keys)
		delete(c.data, evicted)
		did = true
	}
	c.data[k] = v
	return
}

func (c *BoundedCache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	if ok {
		c.hits.Observe(1)
	} else {
		c.hits.Observe(0)
	}
	return v, ok
}

type Score float64

func main() {
	c := NewBoundedCache[int, string](2)
	c.Put(10, "ten")
	c.Put(5, "five")
	if k, ok := c.Put(20, "twenty"); ok {
		fmt.Println("evicted", k)
	}
	for _, k := range []int{5, 10, 20, 20} {
		v, ok := c.Get(k)
		fmt.Printf("%d -> %q %v\n", k, v, ok)
	}
	fmt.Printf("hits %+v mean %.2f\n", c.hits, c.hits.Mean())

	var s Stats[Score]
	for _, v := range []Score{3.5, 9, 1.25} {
		s.Observe(v)
	}
	fmt.Printf("%v %.3f %T\n", s, s.Mean(), s.Max)
	var empty Stats[int]
	fmt.Println(empty.Mean(), empty)
}
