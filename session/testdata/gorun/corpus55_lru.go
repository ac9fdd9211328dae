package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key   K
	value V
}

// LRUCache is a fixed-capacity least-recently-used cache.
type LRUCache[K comparable, V any] struct {
	capacity int
	ll       *list.List
	items    map[K]*list.Element
}

func NewLRU[K comparable, V any](capacity int) *LRUCache[K, V] {
	return &LRUCache[K, V]{
		capacity: capacity,
		ll:       list.New(),
		items:    make(map[K]*list.Element),
	}
}

func (c *LRUCache[K, V]) Get(key K) (V, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*entry[K, V]).value, true
	}
	var zero V
	return zero, false
}

func (c *LRUCache[K, V]) Put(key K, value V) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry[K, V]).value = value
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry[K, V]{key, value})
	c.items[key] = el
	if c.ll.Len() > c.capacity {
		oldest := c.ll.Back()
		c.ll.Remove(oldest)
		delete(c.items, oldest.Value.(*entry[K, V]).key)
		fmt.Printf("evicted %v\n", oldest.Value.(*entry[K, V]).key)
	}
}

func (c *LRUCache[K, V]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry[K, V])
		if el != c.ll.Front() {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%v:%v", e.key, e.value)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	cache := NewLRU[string, int](3)
	cache.Put("a", 1)
	cache.Put("b", 2)
	cache.Put("c", 3)
	fmt.Println(cache)

	if v, ok := cache.Get("a"); ok {
		fmt.Println("got a =", v)
	}
	cache.Put("d", 4)
	fmt.Println(cache)

	_, ok := cache.Get("b")
	fmt.Println("b present:", ok)

	cache.Put("c", 30)
	cache.Put("e", 5)
	fmt.Println(cache)
	fmt.Println("len:", len(cache.items))
}
