package main

import (
	"fmt"
	"slices"
	"sync"
)

type SafeMap[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] {
	return &SafeMap[K, V]{m: make(map[K]V)}
}

func (s *SafeMap[K, V]) Load(k K) (V, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *SafeMap[K, V]) Store(k K, v V) {
	s.mu.Lock()
	s.m[k] = v
	s.mu.Unlock()
}

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = f(s.m[k])
}

func (s *SafeMap[K, V]) Keys() []K {
	s.mu.RLock()
	defer s.mu.RUnlock()
	ks := make([]K, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	hits := NewSafeMap[string, int]()
	var wg sync.WaitGroup
	pages := []string{"/", "/about", "/", "/blog", "/", "/about"}
	for i := 0; i < 10; i++ {
		for _, p := range pages {
			wg.Add(1)
			go func() {
				defer wg.Done()
				hits.Update(p, func(n int) int { return n + 1 })
			}()
		}
	}
	wg.Wait()
	keys := hits.Keys()
	slices.Sort(keys)
	for _, k := range keys {
		v, _ := hits.Load(k)
		fmt.Printf("%-7s %d\n", k, v)
	}
	_, ok := hits.Load("/missing")
	fmt.Println("missing:", ok)
}
