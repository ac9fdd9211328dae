package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

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

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func main() {
	om := NewOrderedMap[string, int]()
	om.Set("zebra", 1)
	om.Set("apple", 2)
	om.Set("mango", 3)
	om.Set("zebra", 10)
	for k, v := range om.All() {
		fmt.Println(k, v)
	}
	om.Delete("apple")
	v, ok := om.Get("apple")
	fmt.Println(v, ok, len(om.keys))
	v, ok = om.Get("zebra")
	fmt.Println(v, ok)
	fmt.Println(SortedKeys(map[string]bool{"c": true, "a": false, "b": true}))
	fmt.Println(SortedKeys(map[float64]string{2.5: "x", -1: "y"}))
}
