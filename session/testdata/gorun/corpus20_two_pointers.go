package main

import (
	"fmt"
	"sort"
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
	sort.Ints(nums)
	var res [][3]int
	for i := 0; i < len(nums)-2; i++ {
		if i > 0 && nums[i] == nums[i-1] {
			continue
		}
		l, r := i+1, len(nums)-1
		for l < r {
			sum := nums[i] + nums[l] + nums[r]
			if sum == 0 {
				res = append(res, [3]int{nums[i], nums[l], nums[r]})
				for l < r && nums[l] == nums[l+1] {
					l++
				}
				for l < r && nums[r] == nums[r-1] {
					r--
				}
				l, r = l+1, r-1
			} else if sum < 0 {
				l++
			} else {
				r--
			}
		}
	}
	return res
}

func removeDups(a []int) []int {
	if len(a) == 0 {
		return a
	}
	w := 1
	for r := 1; r < len(a); r++ {
		if a[r] != a[w-1] {
			a[w] = a[r]
			w++
		}
	}
	return a[:w]
}

func maxArea(h []int) int {
	best := 0
	for l, r := 0, len(h)-1; l < r; {
		best = max(best, min(h[l], h[r])*(r-l))
		if h[l] < h[r] {
			l++
		} else {
			r--
		}
	}
	return best
}

func isPalindrome(s string) bool {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func main() {
	i, j, ok := twoSumSorted([]int{1, 3, 4, 6, 8, 11}, 10)
	fmt.Println(i, j, ok)
	_, _, ok = twoSumSorted([]int{1, 2}, 10)
	fmt.Println(ok)
	fmt.Println(threeSum([]int{-1, 0, 1, 2, -1, -4, 2, -2}))
	d := []int{1, 1, 2, 3, 3, 3, 4, 5, 5}
	u := removeDups(d)
	fmt.Println(u, len(u), cap(u), d)
	fmt.Println(maxArea([]int{1, 8, 6, 2, 5, 4, 8, 3, 7}))
	for _, s := range []string{"racecar", "gopher", "ésé", ""} {
		fmt.Printf("%q:%v ", s, isPalindrome(s))
	}
	fmt.Println()
}
