package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

type entry[V any] struct {
	value   V
	expires time.Time
}

type Cache[K comparable, V any] struct {
	mu    sync.Mutex
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
	c.items[k] = entry[V]{v, c.now().Add(c.ttl)}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[k]
	if !ok || c.now().After(e.expires) {
		var zero V
		return zero, false
	}
	return e.value, true
}

type Celsius float64

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.25}), Sum([]Celsius{10, 20.5}))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	words := []string{"go", "generics", "are", "handy"}
	total := Reduce(words, 0, func(acc int, w string) int { return acc + len(w) })
	joined := Reduce(words, "", func(acc string, w string) string { return acc + w[:1] })
	fmt.Println(total, joined)
	ks := Keys(map[string]int{"b": 2, "a": 1, "c": 3})
	sort.Strings(ks)
	fmt.Println(ks)

	clock := time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)
	c := NewCache[string, int](time.Minute, func() time.Time { return clock })
	c.Set("answer", 42)
	v, ok := c.Get("answer")
	fmt.Println(v, ok)
	clock = clock.Add(30 * time.Second)
	v, ok = c.Get("answer")
	fmt.Println(v, ok)
	clock = clock.Add(31 * time.Second)
	v, ok = c.Get("answer")
	fmt.Println(v, ok)
	_, ok = c.Get("missing")
	fmt.Println(ok)

	names := NewCache[int, []string](time.Hour, func() time.Time { return clock })
	names.Set(1, []string{"x", "y"})
	got, _ := names.Get(1)
	fmt.Println(got, len(got))
}
