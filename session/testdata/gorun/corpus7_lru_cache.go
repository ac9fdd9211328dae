package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	capacity int
	order    *list.List
	items    map[string]*list.Element
	evicted  []string
}

func NewLRU(capacity int) *LRU {
	return &LRU{capacity: capacity, order: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*entry).value, true
	}
	return 0, false
}

func (c *LRU) Put(key string, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.order.MoveToFront(el)
		return
	}
	el := c.order.PushFront(&entry{key, value})
	c.items[key] = el
	if c.order.Len() > c.capacity {
		last := c.order.Back()
		c.order.Remove(last)
		e := last.Value.(*entry)
		delete(c.items, e.key)
		c.evicted = append(c.evicted, e.key)
	}
}

func (c *LRU) String() string {
	var b strings.Builder
	b.WriteString("[")
	for el := c.order.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		if el != c.order.Front() {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%s:%d", e.key, e.value)
	}
	b.WriteString("]")
	return b.String()
}

func main() {
	cache := NewLRU(3)
	cache.Put("a", 1)
	cache.Put("b", 2)
	cache.Put("c", 3)
	fmt.Println(cache)
	if v, ok := cache.Get("a"); ok {
		fmt.Println("hit a =", v)
	}
	cache.Put("d", 4)
	fmt.Println(cache)
	_, ok := cache.Get("b")
	fmt.Println("b present:", ok)
	cache.Put("c", 30)
	cache.Put("e", 5)
	fmt.Println(cache)
	fmt.Println("evicted:", cache.evicted)
	fmt.Printf("%v has %d items\n", cache, len(cache.items))
}
