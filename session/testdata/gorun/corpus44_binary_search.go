package main

import (
	"fmt"
	"slices"
	"sort"
)

func binarySearch(a []int, target int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case a[mid] == target:
			return mid
		case a[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func main() {
	nums := []int{1, 3, 5, 7, 9, 11, 13, 15}
	for _, t := range []int{7, 1, 15, 4} {
		fmt.Printf("manual %2d -> %d\n", t, binarySearch(nums, t))
	}

	i := sort.SearchInts(nums, 8)
	fmt.Println("insert 8 at", i)

	j := sort.Search(len(nums), func(i int) bool { return nums[i] >= 10 })
	fmt.Println("first >= 10 at", j, "value", nums[j])

	pos, ok := slices.BinarySearch(nums, 13)
	fmt.Println("slices.BinarySearch 13:", pos, ok)
	pos, ok = slices.BinarySearch(nums, 0)
	fmt.Println("slices.BinarySearch 0:", pos, ok)

	names := []string{"ann", "bob", "eve", "zed"}
	k, found := slices.BinarySearch(names, "dan")
	names = slices.Insert(names, k, "dan")
	fmt.Println(found, names)

	// integer square root by searching the answer space
	n := 1_000_000_007
	r := sort.Search(n, func(x int) bool { return x*x > n }) - 1
	fmt.Println("isqrt:", r, r*r <= n, (r+1)*(r+1) > n)

	guess, hit := sort.Find(len(names), func(i int) int {
		switch {
		case "eve" < names[i]:
			return -1
		case "eve" > names[i]:
			return 1
		}
		return 0
	})
	fmt.Println("sort.Find eve:", guess, hit)
}
