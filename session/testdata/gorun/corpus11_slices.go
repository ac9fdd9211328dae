package main

import (
	"fmt"
	"slices"
)

func main() {
	var s []string
	fmt.Println("uninit:", s, s == nil, len(s) == 0)
	s = make([]string, 3)
	fmt.Println("emp:", s, "len:", len(s), "cap:", cap(s))
	s[0], s[1], s[2] = "a", "b", "c"
	s = append(s, "d")
	s = append(s, "e", "f")
	fmt.Println("apd:", s)
	c := make([]string, len(s))
	copy(c, s)
	fmt.Println("cpy:", c)
	fmt.Println("sl1:", s[2:5], "sl2:", s[:5], "sl3:", s[2:])
	t := []string{"g", "h", "i"}
	t2 := []string{"g", "h", "i"}
	if slices.Equal(t, t2) {
		fmt.Println("t == t2")
	}
	twoD := make([][]int, 3)
	for i := range 3 {
		inner := i + 1
		twoD[i] = make([]int, inner)
		for j := range inner {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d:", twoD)
	nums := []int{5, 2, 8, 1, 9, 3}
	fmt.Println(slices.Contains(nums, 8), slices.Index(nums, 9), slices.Max(nums), slices.Min(nums))
	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	fmt.Println(nums, sorted)
	i, found := slices.BinarySearch(sorted, 5)
	fmt.Println(i, found)
	sorted = slices.Insert(sorted, 2, 100)
	sorted = slices.Delete(sorted, 0, 1)
	fmt.Println(sorted)
	slices.Reverse(sorted)
	fmt.Println(sorted, slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.IndexFunc(nums, func(n int) bool { return n > 6 }))
	three := nums[1:3:4]
	fmt.Println(three, len(three), cap(three))
	three = append(three, 77)
	fmt.Println(nums)
}
