package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog the end fox"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}

	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, counts[k])
	}
	fmt.Println()

	sorted := slices.Sorted(maps.Keys(counts))
	fmt.Println(sorted)

	type kv struct {
		k string
		v int
	}
	var pairs []kv
	for k, v := range counts {
		pairs = append(pairs, kv{k, v})
	}
	slices.SortFunc(pairs, func(a, b kv) int {
		if c := cmp.Compare(b.v, a.v); c != 0 {
			return c
		}
		return strings.Compare(a.k, b.k)
	})
	for _, p := range pairs[:3] {
		fmt.Println(p.k, p.v)
	}

	// fmt prints maps with sorted keys.
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b"})
	fmt.Println(map[string]bool{"z": true, "a": false})

	total := 0
	for _, v := range counts {
		total += v
	}
	fmt.Println("total words:", total)

	vals := slices.Collect(maps.Values(map[string]int{"x": 3, "y": 1, "z": 2}))
	slices.Sort(vals)
	fmt.Println(vals, slices.Max(vals))

	inv := map[int][]string{}
	for _, k := range sorted {
		inv[counts[k]] = append(inv[counts[k]], k)
	}
	for _, n := range slices.Backward(slices.Sorted(maps.Keys(inv))) {
		fmt.Println(n, inv[n])
	}
}
