package main

import (
	"fmt"
	"strings"
)

// OrderedMap remembers insertion order, like Python's dict.
type OrderedMap[K comparable, V any] struct {
	keys   []K
	values map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{values: make(map[K]V)}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, exists := m.values[k]; !exists {
		m.keys = append(m.keys, k)
	}
	m.values[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.values[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Delete(k K) {
	if _, ok := m.values[k]; !ok {
		return
	}
	delete(m.values, k)
	for i, key := range m.keys {
		if key == k {
			m.keys = append(m.keys[:i], m.keys[i+1:]...)
			break
		}
	}
}

func (m *OrderedMap[K, V]) Keys() []K { return m.keys }

func (m *OrderedMap[K, V]) All() func(yield func(K, V) bool) {
	return func(yield func(K, V) bool) {
		for _, k := range m.keys {
			if !yield(k, m.values[k]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) String() string {
	var sb strings.Builder
	sb.WriteByte('{')
	for i, k := range m.keys {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%v: %v", k, m.values[k])
	}
	sb.WriteByte('}')
	return sb.String()
}

func main() {
	om := NewOrderedMap[string, int]()
	om.Set("zebra", 1)
	om.Set("apple", 2)
	om.Set("mango", 3)
	om.Set("apple", 20)
	fmt.Println(om)
	om.Delete("zebra")
	om.Delete("missing")
	om.Set("kiwi", 4)
	fmt.Println(om.Keys())
	if v, ok := om.Get("apple"); ok {
		fmt.Println("apple =", v)
	}
	for k, v := range om.All() {
		if k == "kiwi" {
			break
		}
		fmt.Printf("%s -> %d\n", k, v)
	}
	fmt.Printf("%v\n", om)
}
