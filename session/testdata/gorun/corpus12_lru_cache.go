package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   int
	value string
}

type LRUCache struct {
	capacity int
	ll       *list.List
	items    map[int]*list.Element
}

func Constructor(capacity int) LRUCache {
	return LRUCache{capacity: capacity, ll: list.New(), items: make(map[int]*list.Element)}
}

func (c *LRUCache) Get(key int) (string, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*entry).value, true
	}
	return "", false
}

func (c *LRUCache) Put(key int, value string) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry{key, value})
	c.items[key] = el
	if c.ll.Len() > c.capacity {
		oldest := c.ll.Back()
		c.ll.Remove(oldest)
		e := oldest.Value.(*entry)
		delete(c.items, e.key)
		fmt.Printf("evicted %d=%s\n", e.key, e.value)
	}
}

func (c *LRUCache) String() string {
	var parts []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%d:%s", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	cache := Constructor(3)
	cache.Put(1, "one")
	cache.Put(2, "two")
	cache.Put(3, "three")
	fmt.Println(cache.String())
	if v, ok := cache.Get(1); ok {
		fmt.Println("get 1:", v)
	}
	cache.Put(4, "four")
	_, ok := cache.Get(2)
	fmt.Println("2 present:", ok)
	cache.Put(3, "THREE")
	cache.Put(5, "five")
	fmt.Println(&cache)
	fmt.Println("len:", cache.ll.Len(), len(cache.items))
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
}
