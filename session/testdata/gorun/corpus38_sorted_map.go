package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

// SortedMap keeps its keys in order so iteration is deterministic.
type SortedMap[K cmp.Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func (m *SortedMap[K, V]) Set(k K, v V) {
	if m.vals == nil {
		m.vals = map[K]V{}
	}
	if _, ok := m.vals[k]; !ok {
		i, _ := slices.BinarySearch(m.keys, k)
		m.keys = slices.Insert(m.keys, i, k)
	}
	m.vals[k] = v
}

func (m *SortedMap[K, V]) Delete(k K) {
	if i, found := slices.BinarySearch(m.keys, k); found {
		m.keys = slices.Delete(m.keys, i, i+1)
		delete(m.vals, k)
	}
}

func (m *SortedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range m.keys {
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func (m *SortedMap[K, V]) Keys() iter.Seq[K] {
	return slices.Values(m.keys)
}

func main() {
	var m SortedMap[string, int]
	m.Set("delta", 4)
	m.Set("alpha", 1)
	m.Set("charlie", 3)
	m.Set("bravo", 2)
	m.Set("alpha", 100)
	m.Delete("charlie")
	m.Delete("nope")
	for k, v := range m.All() {
		fmt.Println(k, v)
	}
	fmt.Println(slices.Collect(m.Keys()))

	plain := map[string]int{"z": 26, "a": 1, "m": 13}
	for _, k := range slices.Sorted(maps.Keys(plain)) {
		fmt.Print(k, "=", plain[k], " ")
	}
	fmt.Println()
	copied := maps.Collect(m.All())
	fmt.Println(len(copied), copied["alpha"], copied)

	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	idx := maps.Collect(slices.All([]string{"p", "q"}))
	fmt.Println(idx)
}
