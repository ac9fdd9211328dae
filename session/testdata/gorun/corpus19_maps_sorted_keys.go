package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		fmt.Printf("%-6s %d\n", k, counts[k])
	}

	vals := slices.Sorted(maps.Values(counts))
	fmt.Println("values:", vals)

	inverted := maps.Collect(func(yield func(int, string) bool) {
		for _, k := range slices.Sorted(maps.Keys(counts)) {
			if !yield(counts[k], k) {
				return
			}
		}
	})
	for _, n := range slices.Sorted(maps.Keys(inverted)) {
		fmt.Println(n, "->", inverted[n])
	}

	extra := map[string]int{"cat": 1, "fox": 10}
	merged := maps.Clone(counts)
	maps.Insert(merged, maps.All(extra))
	fmt.Println(merged["fox"], merged["cat"], len(merged))

	maps.DeleteFunc(merged, func(k string, v int) bool { return v == 1 })
	fmt.Println(slices.Sorted(maps.Keys(merged)))
	fmt.Println(maps.Equal(counts, maps.Clone(counts)))
	copyTo := map[string]int{"zzz": 0}
	maps.Copy(copyTo, extra)
	fmt.Println(len(copyTo), copyTo["cat"])
}
