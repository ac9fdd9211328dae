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

type LRUCache struct {
	capacity int
	items    map[string]*list.Element
	order    *list.List
}

func NewLRU(capacity int) *LRUCache {
	return &LRUCache{capacity: capacity, items: make(map[string]*list.Element), order: list.New()}
}

func (c *LRUCache) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*entry).value, true
	}
	return 0, false
}

func (c *LRUCache) Put(key string, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.order.MoveToFront(el)
		return
	}
	if c.order.Len() >= c.capacity {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		ev := oldest.Value.(*entry)
		delete(c.items, ev.key)
		fmt.Println("evict", ev.key)
	}
	c.items[key] = c.order.PushFront(&entry{key, value})
}

func (c *LRUCache) String() string {
	var parts []string
	for e := c.order.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s=%d", en.key, en.value))
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
		fmt.Println("get a:", v)
	}
	cache.Put("d", 4)
	fmt.Println(cache)
	_, ok := cache.Get("b")
	fmt.Println("b present:", ok)
	cache.Put("c", 30)
	cache.Put("e", 5)
	fmt.Println(cache)
	fmt.Printf("%v len=%d\n", cache, len(cache.items))
}
