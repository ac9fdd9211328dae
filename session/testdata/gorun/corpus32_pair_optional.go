package main

import (
	"fmt"
)

type Pair[K any, V any] struct {
	First  K
	Second V
}

func MakePair[K, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{k, v}
}

func (p Pair[K, V]) Swap() Pair[V, K] {
	return Pair[V, K]{p.Second, p.First}
}

func (p Pair[K, V]) String() string {
	return fmt.Sprintf("(%v, %v)", p.First, p.Second)
}

type Optional[T any] struct {
	value T
	ok    bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{value: v, ok: true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) Get() (T, bool) { return o.value, o.ok }

func (o Optional[T]) OrElse(d T) T {
	if o.ok {
		return o.value
	}
	return d
}

func find(m map[string]int, k string) Optional[int] {
	if v, ok := m[k]; ok {
		return Some(v)
	}
	return None[int]()
}

func main() {
	p := MakePair("age", 42)
	fmt.Println(p)
	fmt.Println(p.Swap())
	fmt.Printf("%v %+v\n", p.First, p.Swap().First)

	pairs := []Pair[string, int]{{"a", 1}, {"b", 2}}
	for _, q := range pairs {
		fmt.Print(q, " ")
	}
	fmt.Println()

	m := map[string]int{"x": 10}
	fmt.Println(find(m, "x").OrElse(-1), find(m, "y").OrElse(-1))
	if v, ok := find(m, "x").Get(); ok {
		fmt.Println("found", v)
	}
	o := None[string]()
	_, ok := o.Get()
	fmt.Println("none ok:", ok, o.OrElse("default"))
}
