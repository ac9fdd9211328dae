package main

import (
	"cmp"
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
	for i, kk := range o.keys {
		if kk == k {
			o.keys = append(o.keys[:i], o.keys[i+1:]...)
			break
		}
	}
}

func (o *OrderedMap[K, V]) Len() int { return len(o.keys) }

func (o *OrderedMap[K, V]) Each(f func(K, V)) {
	for _, k := range o.keys {
		f(k, o.m[k])
	}
}

func (o *OrderedMap[K, V]) String() string {
	parts := make([]string, 0, len(o.keys))
	o.Each(func(k K, v V) { parts = append(parts, fmt.Sprintf("%v:%v", k, v)) })
	return "{" + strings.Join(parts, " ") + "}"
}

func MaxKey[K cmp.Ordered, V any](o *OrderedMap[K, V]) K {
	var best K
	for i, k := range o.keys {
		if i == 0 || k > best {
			best = k
		}
	}
	return best
}

func main() {
	om := NewOrderedMap[string, int]()
	for _, w := range strings.Fields("the cat sat on the mat the end") {
		n, _ := om.Get(w)
		om.Set(w, n+1)
	}
	fmt.Println(om, om.Len())
	om.Delete("sat")
	om.Delete("missing")
	fmt.Println(om.String(), MaxKey(om))
	v, ok := om.Get("the")
	fmt.Println(v, ok)
	v, ok = om.Get("sat")
	fmt.Println(v, ok)
	ages := NewOrderedMap[int, []string]()
	ages.Set(30, []string{"a"})
	ages.Set(20, nil)
	ages.Set(30, append([]string{"b"}, "c"))
	ages.Each(func(k int, v []string) { fmt.Println(k, v, len(v)) })
	fmt.Println(MaxKey(ages))
}
