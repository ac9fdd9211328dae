package main

import (
	"fmt"
	"slices"
)

func main() {
	nums := []int{5, 2, 8, 1, 9, 3}
	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	fmt.Println("original:", nums)
	fmt.Println("sorted:  ", sorted)

	fmt.Println("contains 8?", slices.Contains(nums, 8))
	fmt.Println("index of 9:", slices.Index(nums, 9))
	fmt.Println("max:", slices.Max(nums), "min:", slices.Min(nums))

	idx, found := slices.BinarySearch(sorted, 5)
	fmt.Println("binary search 5:", idx, found)
	idx, found = slices.BinarySearch(sorted, 4)
	fmt.Println("binary search 4:", idx, found)

	rev := slices.Clone(sorted)
	slices.Reverse(rev)
	fmt.Println("reversed:", rev)

	dups := []string{"a", "a", "b", "c", "c", "c", "d"}
	fmt.Println("compact:", slices.Compact(dups))

	ins := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	fmt.Println("insert:", ins)
	del := slices.Delete(slices.Clone(ins), 1, 3)
	fmt.Println("delete:", del)

	fmt.Println("equal:", slices.Equal([]int{1, 2}, []int{1, 2}))
	fmt.Println("index func:", slices.IndexFunc(nums, func(n int) bool { return n > 6 }))
	fmt.Println("repeat:", slices.Repeat([]string{"ab"}, 3))
	fmt.Println("concat:", slices.Concat([]int{1}, []int{2, 3}, []int{4}))
}
