package main

import (
	"fmt"
	"sort"
)

func lowerBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func searchRotated(a []int, t int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		if a[mid] == t {
			return mid
		}
		if a[lo] <= a[mid] {
			if a[lo] <= t && t < a[mid] {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		} else {
			if a[mid] < t && t <= a[hi] {
				lo = mid + 1
			} else {
				hi = mid - 1
			}
		}
	}
	return -1
}

func isqrt(n int) int {
	return sort.Search(n+1, func(k int) bool { return k*k > n }) - 1
}

func lis(a []int) int {
	var tails []int
	for _, x := range a {
		i := lowerBound(tails, x)
		if i == len(tails) {
			tails = append(tails, x)
		} else {
			tails[i] = x
		}
	}
	return len(tails)
}

func main() {
	a := []int{1, 3, 3, 5, 8, 13}
	for _, x := range []int{0, 3, 4, 13, 20} {
		fmt.Print(lowerBound(a, x), " ")
	}
	fmt.Println()
	r := []int{15, 18, 22, 3, 5, 9, 12}
	fmt.Println(searchRotated(r, 5), searchRotated(r, 18), searchRotated(r, 7))
	fmt.Println(isqrt(0), isqrt(15), isqrt(16), isqrt(1000000))
	fmt.Println(lis([]int{10, 9, 2, 5, 3, 7, 101, 18}))
	i, found := sort.Find(len(a), func(i int) int { return 5 - a[i] })
	fmt.Println(i, found)
	fmt.Println(sort.SearchInts(a, 8), sort.SearchStrings([]string{"a", "c"}, "b"))
}
