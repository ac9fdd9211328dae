package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key   K
	Value V
}

func (p Pair[K, V]) String() string {
	return fmt.Sprintf("%v=%v", p.Key, p.Value)
}

func (p Pair[K, V]) Swap() Pair[string, K] {
	return Pair[string, K]{Key: fmt.Sprint(p.Value), Value: p.Key}
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{k, v}
}

func Entries[K comparable, V any](m map[K]V, less func(a, b K) bool) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
	return out
}

func main() {
	p := MakePair("age", 30)
	fmt.Println(p)
	fmt.Printf("%v | %+v | %T\n", p, p.Key, p)
	q := p.Swap()
	fmt.Println(q, q.Value)
	m := map[string]float64{"pi": 3.14, "e": 2.72, "phi": 1.62}
	for _, e := range Entries(m, func(a, b string) bool { return a < b }) {
		fmt.Println(e)
	}
	ps := []Pair[int, bool]{{1, true}, {2, false}}
	fmt.Println(ps)
	fmt.Printf("%d pairs\n", len(ps))
}
