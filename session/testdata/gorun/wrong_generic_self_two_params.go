package main

// A generic type of two type parameters that names itself with its own
// parameters (item[K, V] in item), unlinked with a parallel assignment of
// nils to its fields.

import "fmt"

type item[K comparable, V any] struct {
	key        K
	val        V
	prev, next *item[K, V]
}

type OrderedMap[K comparable, V any] struct {
	head, tail *item[K, V]
	index      map[K]*item[K, V]
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: map[K]*item[K, V]{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if it, ok := m.index[k]; ok {
		it.val = v
		return
	}
	it := &item[K, V]{key: k, val: v, prev: m.tail}
	if m.tail != nil {
		m.tail.next = it
	} else {
		m.head = it
	}
	m.tail = it
	m.index[k] = it
}

func (m *OrderedMap[K, V]) Delete(k K) {
	it, ok := m.index[k]
	if !ok {
		return
	}
	if it.prev != nil {
		it.prev.next = it.next
	} else {
		m.head = it.next
	}
	if it.next != nil {
		it.next.prev = it.prev
	} else {
		m.tail = it.prev
	}
	it.prev, it.next = nil, nil
	delete(m.index, k)
}

func (m *OrderedMap[K, V]) Each(f func(K, V)) {
	for it := m.head; it != nil; it = it.next {
		f(it.key, it.val)
	}
}

func main() {
	m := NewOrderedMap[string, int]()
	m.Set("one", 1)
	m.Set("two", 2)
	m.Set("three", 3)
	m.Set("one", 11)
	m.Delete("two")
	m.Each(func(k string, v int) { fmt.Println(k, v) })
	fmt.Println(len(m.index), m.head.key, m.tail.key, m.tail.prev.key)
}
