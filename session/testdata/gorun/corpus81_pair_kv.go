package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key   K
	Value V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Value) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

// Entries turns a map into pairs sorted by key.
func Entries[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, Pair[K, V]{k, m[k]})
	}
	return out
}

func Swap[K, V comparable](p Pair[K, V]) Pair[V, K] {
	return Pair[V, K]{Key: p.Value, Value: p.Key}
}

func TopN[K comparable, V cmp.Ordered](ps []Pair[K, V], n int) []Pair[K, V] {
	s := slices.Clone(ps)
	slices.SortStableFunc(s, func(a, b Pair[K, V]) int { return cmp.Compare(b.Value, a.Value) })
	return s[:min(n, len(s))]
}

type Stat struct {
	Count int
	Last  string
}

func main() {
	text := "one fish two fish red fish blue fish one more"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	es := Entries(counts)
	fmt.Println(es)
	fmt.Println(TopN(es, 2))
	fmt.Println(TopN(es, 10)[2:4])

	p := MakePair("answer", 42)
	fmt.Println(p, Swap(p))
	fmt.Printf("%v|%+v|%s\n", p, p, p)
	fmt.Printf("%T\n", Swap(p))

	stats := map[int]Stat{3: {2, "c"}, 1: {5, "a"}}
	for _, e := range Entries(stats) {
		fmt.Printf("%d -> count %d last %q\n", e.Key, e.Value.Count, e.Value.Last)
	}
	ptr := &Pair[string, []int]{"nums", []int{1, 2}}
	ptr.Value = append(ptr.Value, 3)
	fmt.Println(ptr, *ptr)

	lookup := map[Pair[string, int]]bool{MakePair("x", 1): true}
	fmt.Println(lookup[MakePair("x", 1)], lookup[MakePair("x", 2)])
	a1, a2 := MakePair(1, "a"), MakePair(true, 2.5)
	fmt.Println(a1.String(), a2, a1.Key+1, !a2.Key)
}
