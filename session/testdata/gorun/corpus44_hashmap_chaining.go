package main

import (
	"fmt"
	"hash/fnv"
)

type kv[V any] struct {
	key string
	val V
}

type HashMap[V any] struct {
	buckets [][]kv[V]
	count   int
}

func NewHashMap[V any](n int) *HashMap[V] {
	return &HashMap[V]{buckets: make([][]kv[V], n)}
}

func (m *HashMap[V]) index(key string) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(len(m.buckets)))
}

func (m *HashMap[V]) Set(key string, v V) {
	i := m.index(key)
	for j := range m.buckets[i] {
		if m.buckets[i][j].key == key {
			m.buckets[i][j].val = v
			return
		}
	}
	m.buckets[i] = append(m.buckets[i], kv[V]{key, v})
	m.count++
	if m.count > 2*len(m.buckets) {
		m.grow()
	}
}

func (m *HashMap[V]) Get(key string) (V, bool) {
	for _, e := range m.buckets[m.index(key)] {
		if e.key == key {
			return e.val, true
		}
	}
	var zero V
	return zero, false
}

func (m *HashMap[V]) grow() {
	old := m.buckets
	m.buckets = make([][]kv[V], 2*len(old))
	m.count = 0
	for _, b := range old {
		for _, e := range b {
			m.Set(e.key, e.val)
		}
	}
	fmt.Println("grew to", len(m.buckets), "buckets")
}

func main() {
	m := NewHashMap[int](2)
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	for i, w := range words {
		m.Set(w, i*i)
	}
	m.Set("beta", -1)
	for _, w := range []string{"alpha", "beta", "theta", "omega"} {
		v, ok := m.Get(w)
		fmt.Printf("%-6s %3d %v\n", w, v, ok)
	}
	fmt.Println("count:", m.count, "buckets:", len(m.buckets))
	h := fnv.New32a()
	h.Write([]byte("alpha"))
	fmt.Printf("fnv32a(alpha)=%08x\n", h.Sum32())
}
