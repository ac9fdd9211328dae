package main

import (
	"fmt"
	"strings"
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
	for i, key := range o.keys {
		if key == k {
			o.keys = append(o.keys[:i], o.keys[i+1:]...)
			break
		}
	}
}

func (o *OrderedMap[K, V]) All() func(yield func(K, V) bool) {
	return func(yield func(K, V) bool) {
		for _, k := range o.keys {
			if !yield(k, o.m[k]) {
				return
			}
		}
	}
}

func (o *OrderedMap[K, V]) String() string {
	var parts []string
	for k, v := range o.All() {
		parts = append(parts, fmt.Sprintf("%v:%v", k, v))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	om := NewOrderedMap[string, int]()
	om.Set("zeta", 26)
	om.Set("alpha", 1)
	om.Set("mid", 13)
	om.Set("alpha", 100)
	fmt.Println(om)
	om.Delete("mid")
	om.Delete("none")
	fmt.Println(om.String())
	v, ok := om.Get("alpha")
	fmt.Println(v, ok)
	for k, v := range om.All() {
		if v > 50 {
			fmt.Println("first big:", k)
			break
		}
	}
	ids := NewOrderedMap[int, []string]()
	ids.Set(3, []string{"c"})
	ids.Set(1, nil)
	fmt.Println(ids)
}
