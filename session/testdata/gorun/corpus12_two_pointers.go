package main

import (
	"fmt"
	"sort"
)

// twoSum returns the 1-based indices of two numbers in a sorted slice
// that add up to target.
func twoSum(numbers []int, target int) []int {
	l, r := 0, len(numbers)-1
	for l < r {
		sum := numbers[l] + numbers[r]
		switch {
		case sum == target:
			return []int{l + 1, r + 1}
		case sum < target:
			l++
		default:
			r--
		}
	}
	return nil
}

func removeDuplicates(nums []int) int {
	if len(nums) == 0 {
		return 0
	}
	k := 1
	for i := 1; i < len(nums); i++ {
		if nums[i] != nums[k-1] {
			nums[k] = nums[i]
			k++
		}
	}
	return k
}

func maxArea(height []int) int {
	best := 0
	i, j := 0, len(height)-1
	for i < j {
		h := min(height[i], height[j])
		best = max(best, h*(j-i))
		if height[i] < height[j] {
			i++
		} else {
			j--
		}
	}
	return best
}

func threeSum(nums []int) [][]int {
	sort.Ints(nums)
	var res [][]int
	for i := 0; i < len(nums)-2; i++ {
		if i > 0 && nums[i] == nums[i-1] {
			continue
		}
		lo, hi := i+1, len(nums)-1
		for lo < hi {
			s := nums[i] + nums[lo] + nums[hi]
			if s == 0 {
				res = append(res, []int{nums[i], nums[lo], nums[hi]})
				for lo < hi && nums[lo] == nums[lo+1] {
					lo++
				}
				for lo < hi && nums[hi] == nums[hi-1] {
					hi--
				}
				lo++
				hi--
			} else if s < 0 {
				lo++
			} else {
				hi--
			}
		}
	}
	return res
}

func reverseString(s []byte) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	fmt.Println(twoSum([]int{2, 7, 11, 15}, 9))
	fmt.Println(twoSum([]int{1, 3, 4, 6, 9}, 10))
	nums := []int{0, 0, 1, 1, 1, 2, 2, 3, 3, 4}
	k := removeDuplicates(nums)
	fmt.Println(k, nums[:k])
	fmt.Println("max area:", maxArea([]int{1, 8, 6, 2, 5, 4, 8, 3, 7}))
	fmt.Println(threeSum([]int{-1, 0, 1, 2, -1, -4}))
	b := []byte("hello, gopher")
	reverseString(b)
	fmt.Printf("%s %q\n", b, b)
}
