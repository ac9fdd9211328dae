package main

import (
	"fmt"
	"sort"
)

func binarySearch(a []int, target int) int {
	lo, hi := 0, len(a)-1
	step := 0
	for lo <= hi {
		step++
		mid := lo + (hi-lo)/2
		fmt.Printf("  step %d: lo=%d hi=%d mid=%d a[mid]=%d\n", step, lo, hi, mid, a[mid])
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
	a := []int{2, 5, 8, 12, 16, 23, 38, 56, 72, 91}
	for _, t := range []int{23, 2, 91, 40} {
		fmt.Printf("searching %d\n", t)
		if i := binarySearch(a, t); i >= 0 {
			fmt.Printf("found %d at index %d\n", t, i)
		} else {
			fmt.Printf("%d not found\n", t)
		}
	}
	i := sort.SearchInts(a, 40)
	fmt.Println("sort.SearchInts(40) insertion point:", i)
	j := sort.Search(len(a), func(k int) bool { return a[k] >= 56 })
	fmt.Println("first >= 56 at", j)
}
