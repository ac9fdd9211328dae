package main

import (
	"container/list"
	"fmt"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
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
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		e := last.Value.(*entry[K, V])
		c.ll.Remove(last)
		delete(c.items, e.key)
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

func main() {
	c := NewLRU[string, int](3)
	c.OnEvict = func(k string, v int) { fmt.Printf("evict %s=%d\n", k, v) }
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c.Keys())
	if v, ok := c.Get("a"); ok {
		fmt.Println("got a", v)
	}
	c.Put("d", 4)
	c.Put("b", 20)
	c.Put("e", 5)
	fmt.Println(c.Keys())
	_, ok := c.Get("b")
	fmt.Println("b present:", ok)
	v, ok := c.Get("zzz")
	fmt.Printf("%d %t\n", v, ok)

	sq := NewLRU[int, []int](2)
	sq.Put(1, []int{1})
	sq.Put(2, []int{2, 4})
	sq.Put(3, []int{3, 9, 27})
	got, _ := sq.Get(3)
	miss, ok := sq.Get(1)
	fmt.Println(got, miss, miss == nil, ok, sq.Keys())
}
