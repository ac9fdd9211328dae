package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type entry[V any] struct {
	value V
	hits  int
}

// Cache memoises a loader; safe for concurrent use.
type Cache[K comparable, V any] struct {
	mu     sync.Mutex
	data   map[K]*entry[V]
	load   func(K) (V, error)
	misses int
}

func NewCache[K comparable, V any](load func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]*entry[V]), load: load}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.data[k]; ok {
		e.hits++
		return e.value, nil
	}
	c.misses++
	v, err := c.load(k)
	if err != nil {
		var zero V
		return zero, fmt.Errorf("cache load %v: %w", k, err)
	}
	c.data[k] = &entry[V]{value: v}
	return v, nil
}

func (c *Cache[K, V]) Stats() (size, misses int, hits map[K]int) {
	hits = map[K]int{}
	for k, e := range c.data {
		hits[k] = e.hits
	}
	return len(c.data), c.misses, hits
}

type User struct {
	ID    int
	Name  string
	Roles []string
}

var ErrNotFound = errors.New("not found")

func main() {
	db := map[int]User{
		1: {1, "root", []string{"admin"}},
		2: {2, "guest", nil},
	}
	users := NewCache(func(id int) (User, error) {
		u, ok := db[id]
		if !ok {
			return User{}, ErrNotFound
		}
		return u, nil
	})
	for _, id := range []int{1, 2, 1, 3, 1} {
		u, err := users.Get(id)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrNotFound))
			continue
		}
		fmt.Printf("%d -> %+v\n", id, u)
	}
	size, misses, hits := users.Stats()
	fmt.Println(size, misses, hits)

	lengths := NewCache(func(s string) (int, error) { return len(s), nil })
	var wg sync.WaitGroup
	words := strings.Fields("go is fun and go is fast")
	for _, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lengths.Get(w)
		}()
	}
	wg.Wait()
	size, misses, hits2 := lengths.Stats()
	fmt.Println(size, misses)
	keys := make([]string, 0, len(hits2))
	for k := range hits2 {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		n, _ := lengths.Get(k)
		fmt.Printf("%s:%d(%d) ", k, n, hits2[k])
	}
	fmt.Println()

	squares := NewCache(func(n float64) ([]float64, error) {
		return []float64{n, n * n}, nil
	})
	a, _ := squares.Get(1.5)
	a[0] = 99
	b, _ := squares.Get(1.5)
	fmt.Println(b)
	fmt.Printf("%T\n", squares)
}
