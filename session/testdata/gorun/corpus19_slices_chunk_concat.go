package main

import (
	"fmt"
	"slices"
)

func main() {
	data := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	for c := range slices.Chunk(data, 4) {
		fmt.Println("chunk", c, len(c))
	}

	a := []string{"a", "b"}
	b := []string{"c"}
	c := []string{"d", "e", "f"}
	all := slices.Concat(a, b, c)
	fmt.Println(all, len(all))

	fmt.Println(slices.Repeat([]int{0, 1}, 3))
	fmt.Println(slices.Repeat([]string{"-"}, 5))

	for i, v := range slices.Backward(all) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()

	doubled := slices.Collect(func(yield func(int) bool) {
		for _, v := range data {
			if !yield(v * 2) {
				return
			}
		}
	})
	fmt.Println(doubled)

	appended := slices.AppendSeq([]int{-1}, slices.Values([]int{7, 8}))
	fmt.Println(appended)
	sorted := slices.Sorted(slices.Values([]int{5, 2, 8, 1}))
	fmt.Println(sorted)

	grow := slices.Grow([]int{1}, 10)
	fmt.Println(len(grow), cap(grow) >= 11)
	clipped := slices.Clip(grow)
	fmt.Println(len(clipped), cap(clipped))
}
