package main

import (
	"fmt"
	"math"
	"strings"
)

func climbStairs(n int) int {
	if n <= 2 {
		return n
	}
	a, b := 1, 2
	for i := 3; i <= n; i++ {
		a, b = b, a+b
	}
	return b
}

func coinChange(coins []int, amount int) int {
	dp := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = math.MaxInt32
		for _, c := range coins {
			if c <= i && dp[i-c] != math.MaxInt32 {
				dp[i] = min(dp[i], dp[i-c]+1)
			}
		}
	}
	if dp[amount] == math.MaxInt32 {
		return -1
	}
	return dp[amount]
}

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
	// walk back to recover one subsequence
	var sb strings.Builder
	i, j := m, n
	for i > 0 && j > 0 {
		switch {
		case a[i-1] == b[j-1]:
			sb.WriteByte(a[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	r := []byte(sb.String())
	for x, y := 0, len(r)-1; x < y; x, y = x+1, y-1 {
		r[x], r[y] = r[y], r[x]
	}
	return dp[m][n], string(r)
}

type item struct {
	name          string
	weight, value int
}

func knapsack(items []item, capacity int) int {
	dp := make([]int, capacity+1)
	for _, it := range items {
		for w := capacity; w >= it.weight; w-- {
			dp[w] = max(dp[w], dp[w-it.weight]+it.value)
		}
	}
	return dp[capacity]
}

var memo = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = fib(n-1) + fib(n-2)
	return memo[n]
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

func main() {
	for _, n := range []int{1, 2, 5, 10, 30} {
		fmt.Printf("stairs(%d) = %d\n", n, climbStairs(n))
	}
	fmt.Println(coinChange([]int{1, 2, 5}, 11), coinChange([]int{2}, 3), coinChange([]int{1}, 0))
	n, s := lcs("ABCBDAB", "BDCABA")
	fmt.Println("lcs:", n, s)
	items := []item{{"map", 1, 15}, {"compass", 3, 20}, {"water", 5, 30}, {"food", 4, 25}}
	fmt.Println("knapsack:", knapsack(items, 8))
	fmt.Println("fib(50) =", fib(50), "memo size", len(memo))
	fmt.Println("edit:", editDistance("kitten", "sitting"), editDistance("", "abc"))
}
