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
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*entry).value, true
	}
	return 0, false
}

func (c *LRU) Put(key string, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry{key, value})
	c.items[key] = el
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
		fmt.Println("evicted", last.Value.(*entry).key)
	}
}

func (c *LRU) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s:%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	cache := NewLRU(3)
	cache.Put("a", 1)
	cache.Put("b", 2)
	cache.Put("c", 3)
	fmt.Println(cache)
	if v, ok := cache.Get("a"); ok {
		fmt.Println("get a =", v)
	}
	cache.Put("d", 4)
	fmt.Println(cache)
	_, ok := cache.Get("b")
	fmt.Println("b present:", ok)
	cache.Put("c", 30)
	cache.Put("e", 5)
	fmt.Println(cache, cache.ll.Len(), len(cache.items))

	l := list.New()
	for i := 1; i <= 5; i++ {
		l.PushBack(i)
	}
	for e := l.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%2 == 0 {
			l.Remove(e)
		}
		e = next
	}
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
}
