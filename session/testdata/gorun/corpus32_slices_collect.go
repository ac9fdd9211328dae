package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	for i, w := range slices.All(words) {
		if i > 2 {
			break
		}
		fmt.Println(i, w)
	}
	for w := range slices.Values(words[:2]) {
		fmt.Print(strings.ToUpper(w), " ")
	}
	fmt.Println()
	for i, w := range slices.Backward(words[6:]) {
		fmt.Println(i, w)
	}
	uniq := slices.Compact(slices.Sorted(slices.Values(words)))
	fmt.Println(uniq, len(uniq))

	lengths := map[string]int{}
	for _, w := range words {
		lengths[w] = len(w)
	}
	byLen := slices.SortedFunc(maps.Keys(lengths), func(a, b string) int {
		if d := lengths[a] - lengths[b]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	fmt.Println(byLen)
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks)
	fmt.Println(slices.Repeat([]string{"ab"}, 3))
	idx := maps.Collect(slices.All([]string{"x", "y"}))
	fmt.Println(idx)
	for part := range strings.SplitSeq("a,b,c", ",") {
		fmt.Print("[", part, "]")
	}
	fmt.Println()
}
