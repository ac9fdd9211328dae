package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	fruits := []string{"pear", "apple", "fig", "banana"}
	for i, f := range slices.All(fruits) {
		fmt.Println(i, f)
	}
	for i, f := range slices.Backward(fruits) {
		fmt.Print(i, ":", f, " ")
	}
	fmt.Println()

	upper := slices.Collect(func(yield func(string) bool) {
		for _, f := range fruits {
			if !yield(strings.ToUpper(f)) {
				return
			}
		}
	})
	fmt.Println(upper)

	sorted := slices.Sorted(slices.Values(fruits))
	fmt.Println(sorted, fruits)

	byLen := slices.SortedFunc(slices.Values(fruits), func(a, b string) int { return len(a) - len(b) })
	fmt.Println(byLen)

	more := slices.AppendSeq([]string{"kiwi"}, slices.Values(fruits[:2]))
	fmt.Println(more)

	m := maps.Collect(slices.All([]string{"x", "y", "z"}))
	fmt.Println(m)

	for chunk := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Println(chunk)
	}
	fmt.Println(slices.Repeat([]string{"ab", "c"}, 3))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
}
