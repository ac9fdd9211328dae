package main

import (
	"fmt"
	"slices"
)

func main() {
	items := []int{1, 2, 3, 4, 5, 6, 7}
	for chunk := range slices.Chunk(items, 3) {
		fmt.Println("chunk:", chunk)
	}

	doubled := slices.Collect(func(yield func(int) bool) {
		for _, v := range items {
			if !yield(v * 2) {
				return
			}
		}
	})
	fmt.Println("doubled:", doubled)

	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()

	appended := slices.AppendSeq([]int{0}, slices.Values(items[:3]))
	fmt.Println("appended:", appended)

	sortedDesc := slices.SortedFunc(slices.Values(items), func(a, b int) int { return b - a })
	fmt.Println("desc:", sortedDesc)

	batches := slices.Collect(slices.Chunk([]string{"w", "x", "y", "z", "q"}, 2))
	fmt.Printf("%d batches: %q\n", len(batches), batches)
}
