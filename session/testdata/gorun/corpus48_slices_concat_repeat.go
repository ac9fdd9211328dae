package main

import (
	"fmt"
	"slices"
)

func main() {
	a := []int{1, 2}
	b := []int{3}
	c := []int{4, 5, 6}
	all := slices.Concat(a, b, c)
	fmt.Println(all, len(all))
	all[0] = 100
	fmt.Println(a)

	dashes := slices.Repeat([]string{"-"}, 5)
	fmt.Println(dashes)
	pattern := slices.Repeat([]int{0, 1}, 3)
	fmt.Println(pattern)

	fmt.Println(slices.Concat[[]string]())
	fmt.Println(slices.Index(all, 5), slices.Contains(all, 7))
	fmt.Println(slices.Max(all), slices.Min(all))
	all = slices.Insert(all, 1, 42, 43)
	fmt.Println(all)
	all = slices.Delete(all, 0, 2)
	fmt.Println(all)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
}
