package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key   K
	Value V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Value) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return make(Set[T]) }

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	limit int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: map[K]V{}, limit: limit}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
	if len(c.order) > c.limit {
		oldest := c.order[0]
		c.order = c.order[1:]
		delete(c.data, oldest)
	}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	v, err := s.Pop()
	fmt.Println(v, err)
	s.Pop()
	_, err = s.Pop()
	fmt.Println(err)

	ints := &Stack[int]{}
	for i := 0; i < 3; i++ {
		ints.Push(i * i)
	}
	fmt.Println(ints.items)

	p := Pair[string, int]{"age", 30}
	fmt.Println(p)
	pairs := []Pair[int, bool]{{1, true}, {2, false}}
	fmt.Println(pairs)
	fmt.Printf("%+v\n", pairs[0])

	var l List[float64]
	l.Prepend(1.5)
	l.Prepend(2.5)
	l.Each(func(f float64) { fmt.Print(f, " ") })
	fmt.Println(l.size)

	set := NewSet[string]()
	set.Add("go")
	set.Add("go")
	set.Add("rust")
	fmt.Println(len(set), set.Has("go"), set.Has("c"))

	c := NewCache[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	_, okA := c.Get("a")
	vc, okC := c.Get("c")
	fmt.Println(okA, vc, okC)
	fmt.Printf("%T %T\n", s, p)
}
