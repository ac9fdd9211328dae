package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	evicted int
	OnEvict func(K, V)
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*entry[K, V]).val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, ok := c.items[k]; ok {
		el.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry[K, V]{k, v})
	c.items[k] = el
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		e := last.Value.(*entry[K, V])
		delete(c.items, e.key)
		c.evicted++
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	keys := make([]K, 0, c.ll.Len())
	for el := c.ll.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry[K, V]).key)
	}
	return keys
}

func (c *LRU[K, V]) Len() int { return c.ll.Len() }

type Pair[A, B any] struct {
	First  A
	Second B
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	c := NewLRU[string, int](3)
	var log []string
	c.OnEvict = func(k string, v int) { log = append(log, fmt.Sprintf("%s=%d", k, v)) }
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	c.Get("a")
	c.Put("d", 4)
	c.Put("b", 20)
	c.Put("e", 5)
	fmt.Println(c.Keys(), c.Len(), c.evicted)
	fmt.Println("evicted:", strings.Join(log, ","))
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		v, ok := c.Get(k)
		fmt.Printf("%s:%d,%v ", k, v, ok)
	}
	fmt.Println()
	fmt.Println(c.Keys())
	c2 := NewLRU[int, Pair[string, float64]](2)
	c2.Put(1, Pair[string, float64]{"x", 1.5})
	c2.Put(2, Pair[string, float64]{"y", 2.5})
	c2.Put(3, Pair[string, float64]{"z", 3.5})
	p, ok := c2.Get(3)
	fmt.Printf("%+v %v %v\n", p, ok, c2.Keys())
	_, ok = c2.Get(1)
	fmt.Println(ok)
	fmt.Println(Map(c2.Keys(), func(k int) string { return strings.Repeat("*", k) }))
	fmt.Printf("%T\n", p)
}
