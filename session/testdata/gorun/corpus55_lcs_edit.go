package main

import (
	"fmt"
	"strings"
)

func lcs(a, b string) (int, string) {
	m, n := len(a), len(b)
	dp := make([][]int, m+1)
	for i := range dp {
		dp[i] = make([]int, n+1)
	}
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	// reconstruct
	var sb strings.Builder
	out := make([]byte, 0, dp[m][n])
	i, j := m, n
	for i > 0 && j > 0 {
		switch {
		case a[i-1] == b[j-1]:
			out = append(out, a[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	for k := len(out) - 1; k >= 0; k-- {
		sb.WriteByte(out[k])
	}
	return dp[m][n], sb.String()
}

func editDistance(s, t string) int {
	rs, rt := []rune(s), []rune(t)
	prev := make([]int, len(rt)+1)
	cur := make([]int, len(rt)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(rs); i++ {
		cur[0] = i
		for j := 1; j <= len(rt); j++ {
			cost := 1
			if rs[i-1] == rt[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rt)]
}

func main() {
	pairs := [][2]string{
		{"ABCBDAB", "BDCABA"},
		{"AGGTAB", "GXTXAYB"},
		{"kitten", "sitting"},
		{"", "abc"},
	}
	for _, p := range pairs {
		n, s := lcs(p[0], p[1])
		fmt.Printf("LCS(%q, %q) = %d %q\n", p[0], p[1], n, s)
	}
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"intention", "execution"}, {"héllo", "hello"}, {"", ""}} {
		fmt.Printf("edit(%s, %s) = %d\n", p[0], p[1], editDistance(p[0], p[1]))
	}
}
