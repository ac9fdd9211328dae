package main

import "fmt"

func lengthOfLongestSubstring(s string) (int, string) {
	last := map[byte]int{}
	best, bestStart, start := 0, 0, 0
	for i := 0; i < len(s); i++ {
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

func maxSumK(nums []int, k int) int {
	sum := 0
	for _, n := range nums[:k] {
		sum += n
	}
	best := sum
	for i := k; i < len(nums); i++ {
		sum += nums[i] - nums[i-k]
		best = max(best, sum)
	}
	return best
}

func minWindow(s, t string) string {
	need := [128]int{}
	for i := range t {
		need[t[i]]++
	}
	missing := len(t)
	bestL, bestR := 0, -1
	l := 0
	for r := 0; r < len(s); r++ {
		if need[s[r]] > 0 {
			missing--
		}
		need[s[r]]--
		for missing == 0 {
			if bestR < 0 || r-l < bestR-bestL {
				bestL, bestR = l, r
			}
			need[s[l]]++
			if need[s[l]] > 0 {
				missing++
			}
			l++
		}
	}
	return s[bestL : bestR+1]
}

func maxSubArray(nums []int) (int, int, int) {
	best, cur := nums[0], nums[0]
	start, bs, be := 0, 0, 0
	for i := 1; i < len(nums); i++ {
		if cur < 0 {
			cur, start = nums[i], i
		} else {
			cur += nums[i]
		}
		if cur > best {
			best, bs, be = cur, start, i
		}
	}
	return best, bs, be
}

func main() {
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", ""} {
		n, sub := lengthOfLongestSubstring(s)
		fmt.Printf("%q -> %d %q\n", s, n, sub)
	}
	fmt.Println(maxSumK([]int{2, 1, 5, 1, 3, 2}, 3))
	fmt.Printf("%q %q\n", minWindow("ADOBECODEBANC", "ABC"), minWindow("a", "aa"))
	fmt.Println(maxSubArray([]int{-2, 1, -3, 4, -1, 2, 1, -5, 4}))
}
