package main

import (
	"fmt"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu   sync.Mutex
	data map[K]V
}

func (c *Cache[K, V]) Put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.data == nil {
		c.data = make(map[K]V)
	}
	c.data[k] = v
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.data[k]
	return v, ok
}

type Counter struct {
	hits int
}

func (c *Counter) Hit() { c.hits++ }

type UserStore struct {
	Cache[int, string]
	Counter
	name string
}

func (u *UserStore) Lookup(id int) string {
	u.Hit()
	if v, ok := u.Get(id); ok {
		return v
	}
	return "<unknown>"
}

type Pair[A, B any] struct {
	First  A
	Second B
}

type Named struct {
	Pair[string, int]
	Note string
}

func main() {
	s := &UserStore{name: "users"}
	s.Put(1, "ann")
	s.Put(2, "bob")
	fmt.Println(s.Lookup(1), s.Lookup(3), s.Lookup(2))
	fmt.Println("hits:", s.hits, s.name)
	n := Named{Pair: Pair[string, int]{"x", 1}, Note: "n"}
	n.Second += 41
	fmt.Println(n.First, n.Second, n.Note)
	fmt.Printf("%+v\n", n)
}
