package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []string{"a", "b", "c", "d", "e"}
	s = slices.Delete(s, 1, 3)
	fmt.Println(s, len(s))
	s = slices.Insert(s, 1, "x", "y")
	fmt.Println(s)
	s = slices.Replace(s, 0, 2, "Z")
	fmt.Println(s)
	all := slices.Concat([]string{"1"}, s, []string{"9"})
	fmt.Println(all)
	fmt.Println(slices.ContainsFunc(all, func(v string) bool { return strings.HasPrefix(v, "y") }))
	all = slices.DeleteFunc(all, func(v string) bool { return v == "9" || v == "1" })
	fmt.Println(all)
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool {
		return fmt.Sprint(a) == b
	}))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	nums := []int{5, 2, 8, 2, 9}
	fmt.Println(slices.Index(nums, 2), slices.Compare(nums, []int{5, 2, 9}))
	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	fmt.Println(nums, sorted)
	fmt.Println(slices.CompactFunc([]string{"A", "a", "B", "b", "b"}, strings.EqualFold))
}
