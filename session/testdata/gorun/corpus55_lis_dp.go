package main

import (
	"fmt"
	"slices"
	"sort"
)

// lengthOfLIS uses patience sorting: O(n log n).
func lengthOfLIS(nums []int) int {
	var tails []int
	for _, x := range nums {
		i := sort.SearchInts(tails, x)
		if i == len(tails) {
			tails = append(tails, x)
		} else {
			tails[i] = x
		}
	}
	return len(tails)
}

// lisSequence is the O(n^2) version that also rebuilds the sequence.
func lisSequence(nums []int) []int {
	n := len(nums)
	if n == 0 {
		return nil
	}
	dp := make([]int, n)
	prev := make([]int, n)
	best := 0
	for i := range n {
		dp[i], prev[i] = 1, -1
		for j := range i {
			if nums[j] < nums[i] && dp[j]+1 > dp[i] {
				dp[i], prev[i] = dp[j]+1, j
			}
		}
		if dp[i] > dp[best] {
			best = i
		}
	}
	var seq []int
	for i := best; i >= 0; i = prev[i] {
		seq = append(seq, nums[i])
	}
	slices.Reverse(seq)
	return seq
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

func climbStairs(n int) int {
	a, b := 1, 1
	for range n - 1 {
		a, b = b, a+b
	}
	return b
}

func uniquePaths(m, n int) int {
	row := make([]int, n)
	for i := range row {
		row[i] = 1
	}
	for range m - 1 {
		for j := 1; j < n; j++ {
			row[j] += row[j-1]
		}
	}
	return row[n-1]
}

func main() {
	nums := []int{10, 9, 2, 5, 3, 7, 101, 18}
	fmt.Println("LIS length:", lengthOfLIS(nums), "seq:", lisSequence(nums))
	fmt.Println("LIS length:", lengthOfLIS([]int{0, 1, 0, 3, 2, 3}), lisSequence([]int{7, 7, 7}))
	s, i, j := maxSubArray([]int{-2, 1, -3, 4, -1, 2, 1, -5, 4})
	fmt.Printf("kadane: %d [%d..%d]\n", s, i, j)
	for _, n := range []int{1, 2, 5, 10, 45} {
		fmt.Printf("stairs(%d)=%d ", n, climbStairs(n))
	}
	fmt.Println()
	fmt.Println("paths 3x7:", uniquePaths(3, 7), "paths 10x10:", uniquePaths(10, 10))
}
