package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	nums := []int{5, 3, 8, 3, 1, 9, 8}
	fmt.Println(slices.Contains(nums, 8), slices.Index(nums, 3), slices.Index(nums, 42))
	fmt.Println(slices.Max(nums), slices.Min(nums))
	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	fmt.Println(nums, sorted, slices.IsSorted(sorted))
	sorted = slices.Compact(sorted)
	fmt.Println(sorted, len(sorted))
	i, ok := slices.BinarySearch(sorted, 8)
	fmt.Println(i, ok)
	slices.Reverse(sorted)
	fmt.Println(sorted)
	fmt.Println(slices.Equal([]string{"a"}, []string{"a"}), slices.Equal(nums, sorted))
	idx := slices.IndexFunc(nums, func(n int) bool { return n > 6 })
	fmt.Println("first > 6 at", idx)
	nums = slices.Insert(nums, 1, 100, 200)
	fmt.Println(nums)
	nums = slices.Delete(nums, 0, 2)
	fmt.Println(nums)
	nums = slices.DeleteFunc(nums, func(n int) bool { return n%2 == 1 })
	fmt.Println(nums)
	fmt.Println(slices.Repeat([]string{"ab"}, 3), slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	chunks := [][]int{}
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks)

	stock := map[string]int{"apple": 5, "pear": 0, "fig": 12}
	keys := slices.Sorted(maps.Keys(stock))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(stock))
	slices.Sort(vals)
	fmt.Println(vals)
	copyOf := maps.Clone(stock)
	copyOf["kiwi"] = 1
	fmt.Println(len(stock), len(copyOf), maps.Equal(stock, copyOf))
	maps.DeleteFunc(copyOf, func(k string, v int) bool { return v == 0 })
	fmt.Println(copyOf)
	extra := map[string]int{"plum": 4}
	maps.Copy(extra, stock)
	fmt.Println(extra)
	clear(extra)
	fmt.Println(extra, len(extra))
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	upper := slices.Collect(func(yield func(string) bool) {
		for _, k := range keys {
			if !yield(strings.ToUpper(k)) {
				return
			}
		}
	})
	fmt.Println(upper)
	m := maps.Collect(slices.All([]string{"zero", "one"}))
	fmt.Println(m)
}
