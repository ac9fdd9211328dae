package main

import (
	"fmt"
	"strings"
)

func lcs(a, b string) (int, string) {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	var sb []byte
	for i, j := n, m; i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			sb = append(sb, a[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	for l, r := 0, len(sb)-1; l < r; l, r = l+1, r-1 {
		sb[l], sb[r] = sb[r], sb[l]
	}
	return dp[n][m], string(sb)
}

func editDistance(s, t string) int {
	prev := make([]int, len(t)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(s); i++ {
		cur := make([]int, len(t)+1)
		cur[0] = i
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(t)]
}

func knapsack(weights, values []int, capacity int) int {
	dp := make([]int, capacity+1)
	for i := range weights {
		for c := capacity; c >= weights[i]; c-- {
			dp[c] = max(dp[c], dp[c-weights[i]]+values[i])
		}
	}
	return dp[capacity]
}

func coinChange(coins []int, amount int) int {
	const inf = 1 << 30
	dp := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = inf
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
			}
		}
	}
	if dp[amount] >= inf {
		return -1
	}
	return dp[amount]
}

func main() {
	n, s := lcs("ABCBDAB", "BDCABA")
	fmt.Println("LCS:", n, s)
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}} {
		fmt.Printf("edit(%s,%s)=%d\n", p[0], p[1], editDistance(p[0], p[1]))
	}
	fmt.Println("knapsack:", knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 7))
	fmt.Println("coins:", coinChange([]int{1, 5, 10, 25}, 63), coinChange([]int{2}, 3))

	rows := 6
	pascal := make([][]int, rows)
	for i := range pascal {
		pascal[i] = make([]int, i+1)
		pascal[i][0], pascal[i][i] = 1, 1
		for j := 1; j < i; j++ {
			pascal[i][j] = pascal[i-1][j-1] + pascal[i-1][j]
		}
	}
	for i, row := range pascal {
		fmt.Println(strings.Repeat(" ", rows-i-1), row)
	}
}
