package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	stock := map[string]int{"apple": 5, "pear": 2, "kiwi": 9, "fig": 1}
	keys := slices.Sorted(maps.Keys(stock))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(stock))
	slices.Sort(vals)
	fmt.Println(vals)
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Println("chunk", c)
	}
	upper := maps.Collect(func(yield func(string, int) bool) {
		for k, v := range maps.All(stock) {
			if v > 1 && !yield(strings.ToUpper(k), v*10) {
				return
			}
		}
	})
	for _, k := range slices.Sorted(maps.Keys(upper)) {
		fmt.Println(k, upper[k])
	}
	back := slices.Backward([]string{"x", "y", "z"})
	for i, s := range back {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	clone := maps.Clone(stock)
	delete(clone, "fig")
	fmt.Println(len(stock), len(clone))
}
