package main

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

type Clock interface {
	Now() time.Time
}

type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time          { return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type entry[V any] struct {
	value   V
	expires time.Time
}

// Cache is a TTL cache whose keys are ordered so that Keys can list them sorted.
type Cache[K cmp.Ordered, V any] struct {
	clock Clock
	ttl   time.Duration
	items map[K]entry[V]
	hits  int
	miss  int
}

func NewCache[K cmp.Ordered, V any](clock Clock, ttl time.Duration) *Cache[K, V] {
	return &Cache[K, V]{clock: clock, ttl: ttl, items: make(map[K]entry[V])}
}

func (c *Cache[K, V]) Set(k K, v V) {
	c.items[k] = entry[V]{value: v, expires: c.clock.Now().Add(c.ttl)}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	e, ok := c.items[k]
	if !ok || !c.clock.Now().Before(e.expires) {
		c.miss++
		var zero V
		return zero, false
	}
	c.hits++
	return e.value, true
}

func (c *Cache[K, V]) Purge() int {
	now := c.clock.Now()
	n := 0
	for k, e := range c.items {
		if !now.Before(e.expires) {
			delete(c.items, k)
			n++
		}
	}
	return n
}

func (c *Cache[K, V]) Keys() []K {
	keys := make([]K, 0, len(c.items))
	for k := range c.items {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func (c *Cache[K, V]) Stats() string {
	return fmt.Sprintf("hits=%d misses=%d size=%d", c.hits, c.miss, len(c.items))
}

func GetOrCompute[K cmp.Ordered, V any](c *Cache[K, V], k K, compute func(K) V) V {
	if v, ok := c.Get(k); ok {
		return v
	}
	v := compute(k)
	c.Set(k, v)
	return v
}

func main() {
	clock := &fakeClock{t: time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)}
	users := NewCache[int, string](clock, 30*time.Second)
	users.Set(2, "bob")
	users.Set(1, "ann")
	users.Set(3, "cy")

	if name, ok := users.Get(1); ok {
		fmt.Println("found", name)
	}
	clock.Advance(20 * time.Second)
	users.Set(3, "cyrus")
	clock.Advance(15 * time.Second)
	_, ok := users.Get(1)
	fmt.Println("1 after 35s:", ok)
	v, ok := users.Get(3)
	fmt.Println("3 after 35s:", v, ok)
	fmt.Println("keys before purge:", users.Keys())
	fmt.Println("purged:", users.Purge(), "keys:", users.Keys())
	fmt.Println(users.Stats())

	squares := NewCache[string, int](clock, time.Minute)
	calls := 0
	sq := func(s string) int {
		calls++
		return len(s) * len(s)
	}
	for _, w := range []string{"go", "gopher", "go", "gopher", "g"} {
		fmt.Print(GetOrCompute(squares, w, sq), " ")
	}
	fmt.Println("computed", calls, "times;", squares.Stats())
	fmt.Println(clock.Now().Format(time.Kitchen))
}
