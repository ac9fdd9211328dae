package main

import (
	"fmt"
	"slices"
)

func main() {
	fruits := []string{"pear", "apple", "fig", "banana"}
	for i, f := range slices.All(fruits) {
		fmt.Println(i, f)
	}
	for i, f := range slices.Backward(fruits) {
		fmt.Println("back", i, f)
	}
	sorted := slices.Sorted(slices.Values(fruits))
	fmt.Println(sorted)
	fmt.Println(fruits)

	copyOf := slices.Collect(slices.Values(fruits))
	copyOf[0] = "PEAR"
	fmt.Println(copyOf, fruits[0])

	nums := []int{1, 2, 3, 4, 5, 6, 7}
	for c := range slices.Chunk(nums, 3) {
		fmt.Println("chunk", c, len(c))
	}
	grown := slices.AppendSeq([]int{0}, slices.Values(nums[:3]))
	fmt.Println(grown)
	byLen := slices.SortedFunc(slices.Values(fruits), func(a, b string) int { return len(a) - len(b) })
	fmt.Println(byLen)
}
