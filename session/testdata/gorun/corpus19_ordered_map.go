package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

// OrderedMap remembers insertion order.
type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: make(map[K]V)}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := o.m[k]
	return v, ok
}

func (o *OrderedMap[K, V]) Delete(k K) {
	if _, ok := o.m[k]; !ok {
		return
	}
	delete(o.m, k)
	o.keys = slices.DeleteFunc(o.keys, func(x K) bool { return x == k })
}

func (o *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range o.keys {
			if !yield(k, o.m[k]) {
				return
			}
		}
	}
}

func (o *OrderedMap[K, V]) Len() int { return len(o.keys) }

func SortedBy[K comparable, V cmp.Ordered](o *OrderedMap[K, V]) []K {
	ks := slices.Clone(o.keys)
	slices.SortStableFunc(ks, func(a, b K) int { return cmp.Compare(o.m[a], o.m[b]) })
	return ks
}

func main() {
	om := NewOrderedMap[string, int]()
	om.Set("zebra", 3)
	om.Set("apple", 1)
	om.Set("mango", 2)
	om.Set("apple", 10)
	for k, v := range om.All() {
		fmt.Println(k, v)
	}
	om.Delete("zebra")
	om.Delete("nothing")
	v, ok := om.Get("zebra")
	fmt.Println(v, ok, om.Len())
	fmt.Println(SortedBy(om))
	for k := range om.All() {
		fmt.Println("first key:", k)
		break
	}
}
