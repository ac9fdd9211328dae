package main

import "fmt"

func searchInsert(nums []int, target int) int {
	lo, hi := 0, len(nums)
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func mySqrt(x int) int {
	lo, hi := 0, x
	for lo <= hi {
		mid := (lo + hi) / 2
		if mid*mid <= x {
			lo = mid + 1
		} else {
			hi = mid - 1
		}
	}
	return hi
}

func searchRotated(nums []int, target int) int {
	l, r := 0, len(nums)-1
	for l <= r {
		m := (l + r) >> 1
		if nums[m] == target {
			return m
		}
		if nums[l] <= nums[m] {
			if nums[l] <= target && target < nums[m] {
				r = m - 1
			} else {
				l = m + 1
			}
		} else {
			if nums[m] < target && target <= nums[r] {
				l = m + 1
			} else {
				r = m - 1
			}
		}
	}
	return -1
}

func firstBadVersion(n int, isBad func(int) bool) (int, int) {
	calls := 0
	lo, hi := 1, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		calls++
		if isBad(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, calls
}

func main() {
	nums := []int{1, 3, 5, 6}
	for _, t := range []int{5, 2, 7, 0} {
		fmt.Printf("insert %d at %d\n", t, searchInsert(nums, t))
	}
	fmt.Println(mySqrt(8), mySqrt(16), mySqrt(2147395599))
	rot := []int{4, 5, 6, 7, 0, 1, 2}
	fmt.Println(searchRotated(rot, 0), searchRotated(rot, 3), searchRotated([]int{1}, 1))
	v, calls := firstBadVersion(1000, func(v int) bool { return v >= 337 })
	fmt.Println("first bad:", v, "in", calls, "calls")
}
