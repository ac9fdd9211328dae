package main

import (
	"fmt"
)

// longest substring without repeating characters
func lengthOfLongestSubstring(s string) (int, string) {
	last := map[byte]int{}
	best, bestStart, start := 0, 0, 0
	for i := range len(s) {
		if j, ok := last[s[i]]; ok && j >= start {
			start = j + 1
		}
		last[s[i]] = i
		if i-start+1 > best {
			best, bestStart = i-start+1, start
		}
	}
	return best, s[bestStart : bestStart+best]
}

func maxSumWindow(nums []int, k int) int {
	sum := 0
	for i := range k {
		sum += nums[i]
	}
	best := sum
	for i := k; i < len(nums); i++ {
		sum += nums[i] - nums[i-k]
		best = max(best, sum)
	}
	return best
}

// smallest subarray with sum >= target
func minSubArrayLen(target int, nums []int) int {
	best := len(nums) + 1
	left, sum := 0, 0
	for right, v := range nums {
		sum += v
		for sum >= target {
			best = min(best, right-left+1)
			sum -= nums[left]
			left++
		}
	}
	if best > len(nums) {
		return 0
	}
	return best
}

// sliding window maximum using a deque of indices
func maxSlidingWindow(nums []int, k int) []int {
	var dq, out []int
	for i, v := range nums {
		for len(dq) > 0 && nums[dq[len(dq)-1]] <= v {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		if dq[0] <= i-k {
			dq = dq[1:]
		}
		if i >= k-1 {
			out = append(out, nums[dq[0]])
		}
	}
	return out
}

func main() {
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", "", "dvdf"} {
		n, sub := lengthOfLongestSubstring(s)
		fmt.Printf("%q -> %d %q\n", s, n, sub)
	}
	fmt.Println("max sum k=3:", maxSumWindow([]int{2, 1, 5, 1, 3, 2, 9, -1}, 3))
	fmt.Println("min len >=7:", minSubArrayLen(7, []int{2, 3, 1, 2, 4, 3}))
	fmt.Println("min len >=100:", minSubArrayLen(100, []int{1, 2, 3}))
	fmt.Println("window max:", maxSlidingWindow([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
}
