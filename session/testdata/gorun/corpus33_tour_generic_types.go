// Generic data structures: linked list, ordered map, Optional, with String.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) String() string {
	var parts []string
	l.Each(func(v T) { parts = append(parts, fmt.Sprint(v)) })
	return "[" + strings.Join(parts, " -> ") + "]"
}

type Optional[T any] struct {
	val   T
	valid bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) OrElse(d T) T {
	if o.valid {
		return o.val
	}
	return d
}

func (o Optional[T]) String() string {
	if !o.valid {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type OrderedMap[K cmp.Ordered, V any] struct {
	m map[K]V
}

func NewOrderedMap[K cmp.Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: map[K]V{}}
}

func (o *OrderedMap[K, V]) Set(k K, v V) { o.m[k] = v }
func (o *OrderedMap[K, V]) Keys() []K {
	ks := make([]K, 0, len(o.m))
	for k := range o.m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func find[T comparable](xs []T, v T) Optional[int] {
	for i, x := range xs {
		if x == v {
			return Some(i)
		}
	}
	return None[int]()
}

func main() {
	var l List[int]
	for i := range 4 {
		l.Push(i * i)
	}
	fmt.Println(l.String(), l.size)
	fmt.Println(&l)

	var ls List[string]
	ls.Push("world")
	ls.Push("hello")
	fmt.Println(&ls)

	fmt.Println(Some(3), None[string](), Some("x").OrElse("y"), None[int]().OrElse(7))
	fmt.Println(find([]string{"a", "b"}, "b"), find([]int{1}, 5))
	opts := []Optional[float64]{Some(1.5), None[float64]()}
	fmt.Println(opts)
	fmt.Printf("%v %T\n", opts[0], opts[0])

	om := NewOrderedMap[string, int]()
	om.Set("zeta", 26)
	om.Set("alpha", 1)
	om.Set("mu", 12)
	for _, k := range om.Keys() {
		fmt.Print(k, "=", om.m[k], " ")
	}
	fmt.Println()
}
