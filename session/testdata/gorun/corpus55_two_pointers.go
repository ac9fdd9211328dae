package main

import (
	"fmt"
	"slices"
)

func twoSumSorted(nums []int, target int) (int, int, bool) {
	i, j := 0, len(nums)-1
	for i < j {
		switch s := nums[i] + nums[j]; {
		case s == target:
			return i, j, true
		case s < target:
			i++
		default:
			j--
		}
	}
	return -1, -1, false
}

func threeSum(nums []int) [][3]int {
	s := slices.Clone(nums)
	slices.Sort(s)
	var res [][3]int
	for i := 0; i < len(s)-2; i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		l, r := i+1, len(s)-1
		for l < r {
			sum := s[i] + s[l] + s[r]
			if sum == 0 {
				res = append(res, [3]int{s[i], s[l], s[r]})
				for l < r && s[l] == s[l+1] {
					l++
				}
				for l < r && s[r] == s[r-1] {
					r--
				}
				l++
				r--
			} else if sum < 0 {
				l++
			} else {
				r--
			}
		}
	}
	return res
}

func removeDuplicates(nums []int) int {
	if len(nums) == 0 {
		return 0
	}
	w := 1
	for r := 1; r < len(nums); r++ {
		if nums[r] != nums[w-1] {
			nums[w] = nums[r]
			w++
		}
	}
	return w
}

func maxArea(h []int) int {
	l, r, best := 0, len(h)-1, 0
	for l < r {
		best = max(best, min(h[l], h[r])*(r-l))
		if h[l] < h[r] {
			l++
		} else {
			r--
		}
	}
	return best
}

func main() {
	i, j, ok := twoSumSorted([]int{2, 7, 11, 15}, 9)
	fmt.Println("two sum:", i, j, ok)
	_, _, ok = twoSumSorted([]int{1, 2, 3}, 100)
	fmt.Println("two sum 100:", ok)

	fmt.Println("three sum:", threeSum([]int{-1, 0, 1, 2, -1, -4}))
	fmt.Println("three sum zeros:", threeSum([]int{0, 0, 0, 0}))

	nums := []int{0, 0, 1, 1, 1, 2, 2, 3, 3, 4}
	k := removeDuplicates(nums)
	fmt.Println("dedup:", k, nums[:k])
	fmt.Println("compact:", slices.Compact([]int{1, 1, 2, 3, 3, 3, 4}))

	fmt.Println("max area:", maxArea([]int{1, 8, 6, 2, 5, 4, 8, 3, 7}))

	a := []int{1, 2, 3, 4, 5, 6}
	for l, r := 0, len(a)-1; l < r; l, r = l+1, r-1 {
		a[l], a[r] = a[r], a[l]
	}
	fmt.Println("reversed:", a)
}
