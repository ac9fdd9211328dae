package main

import (
	"fmt"
	"sort"
	"sync"
)

type entry[V any] struct {
	val     V
	expires int
}

type Cache[K comparable, V any] struct {
	mu    sync.RWMutex
	items map[K]entry[V]
	now   int
	hits  int
	miss  int
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{items: make(map[K]entry[V])}
}

func (c *Cache[K, V]) Set(k K, v V, ttl int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = entry[V]{v, c.now + ttl}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, ok := c.items[k]
	if !ok || e.expires <= c.now {
		c.miss++
		var zero V
		return zero, false
	}
	c.hits++
	return e.val, true
}

func (c *Cache[K, V]) Tick(n int) {
	c.mu.Lock()
	c.now += n
	for k, e := range c.items {
		if e.expires <= c.now {
			delete(c.items, k)
		}
	}
	c.mu.Unlock()
}

func (c *Cache[K, V]) Keys() []K {
	c.mu.RLock()
	defer c.mu.RUnlock()
	keys := make([]K, 0, len(c.items))
	for k := range c.items {
		keys = append(keys, k)
	}
	return keys
}

type user struct {
	Name string
	Age  int
}

func main() {
	c := NewCache[string, user]()
	c.Set("u1", user{"Ann", 30}, 5)
	c.Set("u2", user{"Bo", 25}, 2)
	if u, ok := c.Get("u1"); ok {
		fmt.Printf("%+v\n", u)
	}
	c.Tick(3)
	_, ok := c.Get("u2")
	fmt.Println("u2 present:", ok)
	keys := c.Keys()
	sort.Strings(keys)
	fmt.Println(keys, c.hits, c.miss)

	ic := NewCache[int, []float64]()
	ic.Set(1, []float64{1.5, 2.5}, 1)
	v, _ := ic.Get(1)
	fmt.Println(v, len(ic.Keys()))
	ic.Tick(1)
	v, ok = ic.Get(1)
	fmt.Println(v == nil, ok)
}
