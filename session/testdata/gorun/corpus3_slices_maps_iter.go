package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	langs := []string{"go", "rust", "c", "zig", "odin"}
	for i, l := range slices.All(langs) {
		if i > 1 {
			break
		}
		fmt.Println(i, l)
	}
	for i, l := range slices.Backward(langs) {
		fmt.Print(i, ":", l, " ")
	}
	fmt.Println()
	upper := slices.Collect(func(yield func(string) bool) {
		for _, l := range langs {
			if !yield(strings.ToUpper(l)) {
				return
			}
		}
	})
	fmt.Println(upper)
	fmt.Println(slices.Sorted(slices.Values(langs)))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Println("chunk", c, len(c))
	}

	stock := map[string]int{"apple": 5, "pear": 0, "fig": 12}
	fmt.Println(slices.Sorted(maps.Keys(stock)))
	vals := slices.Collect(maps.Values(stock))
	slices.Sort(vals)
	fmt.Println(vals)

	more := map[string]int{"kiwi": 3}
	maps.Insert(more, maps.All(stock))
	fmt.Println(len(more), more["fig"])

	idx := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println(idx[1], len(idx))
	keys := slices.Collect(maps.Keys(idx))
	slices.Sort(keys)
	fmt.Println(keys)

	byLen := map[int][]string{}
	for _, l := range langs {
		byLen[len(l)] = append(byLen[len(l)], l)
	}
	for _, n := range slices.Sorted(maps.Keys(byLen)) {
		fmt.Println(n, byLen[n])
	}
	fmt.Println(slices.SortedFunc(maps.Keys(stock), func(a, b string) int {
		return stock[b] - stock[a]
	}))
}
