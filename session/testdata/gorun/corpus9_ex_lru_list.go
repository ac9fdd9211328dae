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
	evict func(k string, v int)
}

func NewLRU(capacity int, onEvict func(string, int)) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: map[string]*list.Element{}, evict: onEvict}
}

func (c *LRU) Get(k string) (int, bool) {
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*entry).value, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if el, ok := c.items[k]; ok {
		el.Value.(*entry).value = v
		c.ll.MoveToFront(el)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		e := c.ll.Remove(last).(*entry)
		delete(c.items, e.key)
		if c.evict != nil {
			c.evict(e.key, e.value)
		}
	}
}

func (c *LRU) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s=%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type node struct {
	key, val   int
	prev, next *node
}

type IntLRU struct {
	cap        int
	m          map[int]*node
	head, tail *node
}

func NewIntLRU(n int) *IntLRU {
	h, t := &node{}, &node{}
	h.next, t.prev = t, h
	return &IntLRU{cap: n, m: map[int]*node{}, head: h, tail: t}
}

func (c *IntLRU) unlink(n *node) { n.prev.next, n.next.prev = n.next, n.prev }
func (c *IntLRU) front(n *node) {
	n.next, n.prev = c.head.next, c.head
	c.head.next.prev = n
	c.head.next = n
}

func (c *IntLRU) Get(k int) int {
	n, ok := c.m[k]
	if !ok {
		return -1
	}
	c.unlink(n)
	c.front(n)
	return n.val
}

func (c *IntLRU) Put(k, v int) {
	if n, ok := c.m[k]; ok {
		n.val = v
		c.unlink(n)
		c.front(n)
		return
	}
	if len(c.m) == c.cap {
		lru := c.tail.prev
		c.unlink(lru)
		delete(c.m, lru.key)
	}
	n := &node{key: k, val: v}
	c.m[k] = n
	c.front(n)
}

func main() {
	var evicted []string
	c := NewLRU(2, func(k string, v int) { evicted = append(evicted, fmt.Sprint(k, ":", v)) })
	c.Put("a", 1)
	c.Put("b", 2)
	fmt.Println(c)
	fmt.Println(c.Get("a"))
	c.Put("c", 3)
	fmt.Println(c)
	_, ok := c.Get("b")
	fmt.Println(ok)
	c.Put("a", 10)
	c.Put("d", 4)
	fmt.Println(c, evicted)

	ic := NewIntLRU(2)
	ic.Put(1, 1)
	ic.Put(2, 2)
	fmt.Print(ic.Get(1), " ")
	ic.Put(3, 3)
	fmt.Print(ic.Get(2), " ")
	ic.Put(4, 4)
	fmt.Println(ic.Get(1), ic.Get(3), ic.Get(4))
}
