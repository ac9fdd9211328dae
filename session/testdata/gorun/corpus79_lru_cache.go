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

// LRU is a fixed-size cache that evicts the least recently used key.
type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	hits  int
	miss  int
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value, true
	}
	c.miss++
	return 0, false
}

func (c *LRU) Put(key string, value int) (evicted string) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return ""
	}
	el := c.ll.PushFront(&entry{key, value})
	c.items[key] = el
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		e := last.Value.(*entry)
		delete(c.items, e.key)
		return e.key
	}
	return ""
}

func (c *LRU) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s=%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c"} {
		c.Put(k, i+1)
	}
	fmt.Println(c)
	if v, ok := c.Get("a"); ok {
		fmt.Println("a ->", v)
	}
	if ev := c.Put("d", 4); ev != "" {
		fmt.Println("evicted", ev)
	}
	fmt.Println(c)
	_, ok := c.Get("b")
	fmt.Println("b present?", ok)
	c.Put("c", 30)
	fmt.Println(c, c.ll.Len(), len(c.items))
	ev := c.Put("e", 5)
	fmt.Printf("evicted %q, now %v\n", ev, c)
	fmt.Printf("hits=%d miss=%d\n", c.hits, c.miss)

	// Walk backwards: least recently used first.
	for el := c.ll.Back(); el != nil; el = el.Prev() {
		fmt.Printf("%+v ", *el.Value.(*entry))
	}
	fmt.Println()
	front := c.ll.Front().Value
	fmt.Printf("%T %v\n", front, front.(*entry).key)
}
