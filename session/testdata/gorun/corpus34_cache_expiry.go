package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type entry[V any] struct {
	value   V
	expires time.Time
}

type Cache[K comparable, V any] struct {
	mu    sync.RWMutex
	items map[K]entry[V]
	ttl   time.Duration
	now   func() time.Time
}

func NewCache[K comparable, V any](ttl time.Duration, now func() time.Time) *Cache[K, V] {
	return &Cache[K, V]{items: make(map[K]entry[V]), ttl: ttl, now: now}
}

func (c *Cache[K, V]) Set(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = entry[V]{value: v, expires: c.now().Add(c.ttl)}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, ok := c.items[k]
	if !ok || c.now().After(e.expires) {
		var zero V
		return zero, false
	}
	return e.value, true
}

func (c *Cache[K, V]) Sweep() []K {
	c.mu.Lock()
	defer c.mu.Unlock()
	var removed []K
	for k, e := range c.items {
		if c.now().After(e.expires) {
			delete(c.items, k)
			removed = append(removed, k)
		}
	}
	return removed
}

func main() {
	current := time.Unix(1700000000, 0).UTC()
	now := func() time.Time { return current }
	c := NewCache[string, int](5*time.Second, now)

	c.Set("a", 1)
	c.Set("b", 2)
	current = current.Add(3 * time.Second)
	c.Set("c", 3)

	for _, k := range []string{"a", "b", "c", "d"} {
		v, ok := c.Get(k)
		fmt.Printf("t+3s get %s: %d %v\n", k, v, ok)
	}
	current = current.Add(3 * time.Second)
	for _, k := range []string{"a", "c"} {
		v, ok := c.Get(k)
		fmt.Printf("t+6s get %s: %d %v\n", k, v, ok)
	}
	removed := c.Sweep()
	sort.Strings(removed)
	fmt.Println("swept:", removed, "left:", len(c.items))
	fmt.Println("now:", current.Format(time.RFC3339))
}
