package main

import "fmt"

type entry[K comparable, V any] struct {
	key        K
	value      V
	prev, next *entry[K, V]
}

type LRU[K comparable, V any] struct {
	cap   int
	items map[K]*entry[K, V]
	head  *entry[K, V]
	tail  *entry[K, V]
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, items: make(map[K]*entry[K, V])}
}

func (c *LRU[K, V]) unlink(e *entry[K, V]) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU[K, V]) pushFront(e *entry[K, V]) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.unlink(e)
		c.pushFront(e)
		return e.value, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.value = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) >= c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		fmt.Println("evict", old.key)
	}
	e := &entry[K, V]{key: k, value: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for e := c.head; e != nil; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	c := NewLRU[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	if v, ok := c.Get("a"); ok {
		fmt.Println("a =", v)
	}
	c.Put("c", 3)
	_, ok := c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("a", 10)
	fmt.Println(c.Keys())
	v, _ := c.Get("a")
	fmt.Println("a =", v)
}
