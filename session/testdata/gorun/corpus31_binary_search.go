// Binary search: iterative, recursive and with the sort package
package main

import (
	"fmt"
	"sort"
)

func binarySearch(arr []int, target int) int {
	low, high := 0, len(arr)-1
	steps := 0
	for low <= high {
		steps++
		mid := low + (high-low)/2
		switch {
		case arr[mid] == target:
			fmt.Printf("  found %d in %d steps\n", target, steps)
			return mid
		case arr[mid] < target:
			low = mid + 1
		default:
			high = mid - 1
		}
	}
	fmt.Printf("  %d not found after %d steps\n", target, steps)
	return -1
}

func binarySearchRec(arr []int, target, lo, hi int) int {
	if lo > hi {
		return -1
	}
	mid := (lo + hi) / 2
	if arr[mid] == target {
		return mid
	} else if arr[mid] > target {
		return binarySearchRec(arr, target, lo, mid-1)
	}
	return binarySearchRec(arr, target, mid+1, hi)
}

func main() {
	arr := []int{2, 3, 4, 10, 15, 23, 40, 41, 56, 78, 99}
	for _, t := range []int{10, 99, 2, 5, 100} {
		idx := binarySearch(arr, t)
		fmt.Printf("index of %d: %d (recursive %d)\n", t, idx, binarySearchRec(arr, t, 0, len(arr)-1))
	}

	i := sort.SearchInts(arr, 23)
	fmt.Println("sort.SearchInts(23):", i)
	j := sort.SearchInts(arr, 24)
	fmt.Println("insertion point for 24:", j)

	names := []string{"ada", "bob", "eve", "joe", "zed"}
	k := sort.Search(len(names), func(i int) bool { return names[i] >= "eve" })
	fmt.Printf("eve at %d: %q\n", k, names[k])

	// first element >= x in a float slice
	temps := []float64{-5.5, 0, 12.25, 18.5, 30}
	p := sort.SearchFloat64s(temps, 15)
	fmt.Printf("first temp >= 15: %.2f at %d\n", temps[p], p)

	// integer square root with binary search
	n := 1000000007
	lo, hi := 0, n
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if mid*mid <= n {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	fmt.Println("isqrt:", lo)
}
