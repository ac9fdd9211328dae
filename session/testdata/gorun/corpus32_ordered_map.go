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
	return &OrderedMap[K, V]{m: map[K]V{}}
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

func (o *OrderedMap[K, V]) Range(f func(K, V) bool) {
	for _, k := range o.keys {
		if !f(k, o.m[k]) {
			return
		}
	}
}

func (o *OrderedMap[K, V]) String() string {
	var b strings.Builder
	b.WriteString("{")
	o.Range(func(k K, v V) bool {
		if b.Len() > 1 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%v: %v", k, v)
		return true
	})
	b.WriteString("}")
	return b.String()
}

func main() {
	om := NewOrderedMap[string, int]()
	om.Set("zebra", 1)
	om.Set("apple", 2)
	om.Set("mango", 3)
	om.Set("apple", 20)
	fmt.Println(om)
	om.Delete("zebra")
	fmt.Println(om.String())
	v, ok := om.Get("mango")
	fmt.Println(v, ok)
	count := 0
	om.Range(func(k string, v int) bool {
		count++
		return false
	})
	fmt.Println("visited", count)
}
