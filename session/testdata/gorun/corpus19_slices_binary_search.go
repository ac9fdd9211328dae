package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Version struct {
	Major, Minor int
	Name         string
}

func cmpVersion(v Version, target [2]int) int {
	return cmp.Or(cmp.Compare(v.Major, target[0]), cmp.Compare(v.Minor, target[1]))
}

func main() {
	nums := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	slices.Sort(nums)
	fmt.Println(nums)
	for _, x := range []int{5, 7, 0, 10} {
		i, found := slices.BinarySearch(nums, x)
		fmt.Printf("search %d: pos=%d found=%v\n", x, i, found)
	}
	nums = slices.Compact(nums)
	fmt.Println("compact:", nums)

	versions := []Version{{1, 21, "loopvar preview"}, {1, 22, "range int"}, {1, 23, "iterators"}, {1, 24, "generic aliases"}}
	for _, t := range [][2]int{{1, 23}, {1, 20}, {1, 25}} {
		i, ok := slices.BinarySearchFunc(versions, t, cmpVersion)
		if ok {
			fmt.Printf("go%d.%d: %s\n", t[0], t[1], versions[i].Name)
		} else {
			fmt.Printf("go%d.%d: not found, insert at %d\n", t[0], t[1], i)
		}
	}

	nums = slices.Insert(nums, 2, 100, 200)
	fmt.Println(nums, slices.Contains(nums, 200), slices.Index(nums, 9))
	nums = slices.Delete(nums, 0, 2)
	fmt.Println(nums)
	fmt.Println(slices.Min(nums), slices.Max(nums), slices.IsSorted(nums))
	r := slices.Clone(nums)
	slices.Reverse(r)
	fmt.Println(r, slices.Equal(r, nums))
}
