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
	cap   int
	ll    *list.List
	items map[K]*list.Element
	evict func(K, V)
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: map[K]*list.Element{}, evict: onEvict}
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
		if c.evict != nil {
			c.evict(e.key, e.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for el := c.ll.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*entry[K, V]).key)
	}
	return ks
}

func main() {
	cache := NewLRU(3, func(k string, v int) { fmt.Printf("evicted %s=%d\n", k, v) })
	cache.Put("a", 1)
	cache.Put("b", 2)
	cache.Put("c", 3)
	fmt.Println(cache.Keys())
	if v, ok := cache.Get("a"); ok {
		fmt.Println("a =", v)
	}
	cache.Put("d", 4)
	fmt.Println(cache.Keys())
	_, ok := cache.Get("b")
	fmt.Println("b present:", ok)
	cache.Put("c", 30)
	cache.Put("e", 5)
	fmt.Println(cache.Keys())

	ints := NewLRU[int, []byte](2, nil)
	ints.Put(1, []byte("one"))
	ints.Put(2, []byte("two"))
	ints.Put(3, []byte("three"))
	v, ok := ints.Get(1)
	fmt.Println(v == nil, ok, ints.Keys())
}
