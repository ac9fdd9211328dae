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

func NewLRU(n int, onEvict func(string, int)) *LRU {
	return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}, evict: onEvict}
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).value, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		ent := c.ll.Remove(last).(*entry)
		delete(c.items, ent.key)
		if c.evict != nil {
			c.evict(ent.key, ent.value)
		}
	}
}

func (c *LRU) Keys() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s=%d", en.key, en.value))
	}
	return strings.Join(parts, ",")
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) { evicted = append(evicted, fmt.Sprint(k, ":", v)) })
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
		fmt.Println(k, c.Keys())
	}
	c.Put("a", 100)
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.Keys(), evicted)
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	for e := l.Back(); e != nil; e = e.Prev() {
		if e.Value.(int)%2 == 0 {
			fmt.Print(e.Value, " ")
		}
	}
	fmt.Println()
}
