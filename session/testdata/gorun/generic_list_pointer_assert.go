package main

import (
	"container/list"
	"fmt"
)

// Assertions to a pointer to an instance of a two-parameter generic type
// inside generic code, in each form a body writes them.
type pair[K comparable, V any] struct {
	key K
	val V
}

type store[K comparable, V any] struct {
	ll    *list.List
	items map[K]*list.Element
}

func newStore[K comparable, V any]() *store[K, V] {
	return &store[K, V]{ll: list.New(), items: map[K]*list.Element{}}
}

func (s *store[K, V]) put(k K, v V) {
	if el, ok := s.items[k]; ok {
		el.Value.(*pair[K, V]).val = v
		return
	}
	s.items[k] = s.ll.PushBack(&pair[K, V]{k, v})
}

func (s *store[K, V]) get(k K) (V, bool) {
	el, ok := s.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	p, ok := el.Value.(*pair[K, V])
	return p.val, ok
}

func (s *store[K, V]) keys() []K {
	var ks []K
	for el := s.ll.Front(); el != nil; el = el.Next() {
		var p *pair[K, V]
		p = el.Value.(*pair[K, V])
		ks = append(ks, p.key)
	}
	return ks
}

func firstKey[K comparable, V any](l *list.List) (K, bool) {
	var zero K
	if l.Len() == 0 {
		return zero, false
	}
	if p, ok := l.Front().Value.(*pair[K, V]); ok {
		return p.key, true
	}
	return zero, false
}

func main() {
	s := newStore[string, int]()
	s.put("a", 1)
	s.put("b", 2)
	s.put("a", 3)
	fmt.Println(s.get("a"))
	fmt.Println(s.get("z"))
	fmt.Println(s.keys())
	fmt.Println(firstKey[string, int](s.ll))
	fmt.Println(firstKey[string, float64](s.ll))

	t := newStore[int, []string]()
	t.put(7, []string{"x", "y"})
	fmt.Println(t.get(7))
	fmt.Println(t.keys())
}
