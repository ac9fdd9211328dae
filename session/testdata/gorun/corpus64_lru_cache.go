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
	ll       *list.List
	items    map[string]*list.Element
	hits     int
	misses   int
}

func NewLRU(capacity int) *LRUCache {
	return &LRUCache{
		capacity: capacity,
		ll:       list.New(),
		items:    make(map[string]*list.Element),
	}
}

func (c *LRUCache) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value, true
	}
	c.misses++
	return 0, false
}

func (c *LRUCache) Put(key string, value int) {
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
		fmt.Printf("evicted %s\n", e.key)
	}
}

func (c *LRUCache) String() string {
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
		fmt.Println("got a =", v)
	}
	cache.Put("d", 4)
	fmt.Println(cache)
	_, found := cache.Get("b")
	fmt.Println("b still cached?", found)
	cache.Put("c", 30)
	cache.Put("e", 5)
	fmt.Println(cache)
	fmt.Printf("hits=%d misses=%d size=%d\n", cache.hits, cache.misses, len(cache.items))
}
