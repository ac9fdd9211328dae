package main

import (
	"fmt"
	"slices"
	"sync"
)

// SyncMap is a typed facade over sync.Map.
type SyncMap[K comparable, V any] struct {
	m sync.Map
}

func (s *SyncMap[K, V]) Store(k K, v V) { s.m.Store(k, v) }

func (s *SyncMap[K, V]) Load(k K) (V, bool) {
	v, ok := s.m.Load(k)
	if !ok {
		var zero V
		return zero, false
	}
	return v.(V), true
}

func (s *SyncMap[K, V]) LoadOrStore(k K, v V) (V, bool) {
	actual, loaded := s.m.LoadOrStore(k, v)
	return actual.(V), loaded
}

func (s *SyncMap[K, V]) All() func(yield func(K, V) bool) {
	return func(yield func(K, V) bool) {
		s.m.Range(func(k, v any) bool { return yield(k.(K), v.(V)) })
	}
}

type stats struct {
	hits int
}

func main() {
	var m SyncMap[string, int]
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			m.Store(fmt.Sprintf("k%02d", n%5), n%5)
		}(i)
	}
	wg.Wait()

	var keys []string
	for k, v := range m.All() {
		keys = append(keys, fmt.Sprintf("%s:%d", k, v))
	}
	slices.Sort(keys)
	fmt.Println(keys)

	v, ok := m.Load("k03")
	fmt.Println(v, ok)
	v, ok = m.Load("missing")
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("k01", 99)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("new", 7)
	fmt.Println(actual, loaded)

	var sm SyncMap[int, *stats]
	s, _ := sm.LoadOrStore(1, &stats{})
	s.hits++
	again, loaded := sm.LoadOrStore(1, &stats{})
	again.hits++
	got, _ := sm.Load(1)
	fmt.Println(got.hits, loaded, s == again)
}
