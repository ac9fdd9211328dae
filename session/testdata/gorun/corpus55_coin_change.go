package main

import (
	"fmt"
	"math"
)

// minCoins returns the fewest coins that sum to amount, or -1.
func minCoins(coins []int, amount int) int {
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

// ways counts combinations (order does not matter).
func ways(coins []int, amount int) int64 {
	dp := make([]int64, amount+1)
	dp[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			dp[a] += dp[a-c]
		}
	}
	return dp[amount]
}

// memoized recursion variant
func minCoinsMemo(coins []int, amount int) int {
	memo := map[int]int{}
	var solve func(int) int
	solve = func(rem int) int {
		if rem == 0 {
			return 0
		}
		if rem < 0 {
			return -1
		}
		if v, ok := memo[rem]; ok {
			return v
		}
		best := -1
		for _, c := range coins {
			if r := solve(rem - c); r >= 0 && (best < 0 || r+1 < best) {
				best = r + 1
			}
		}
		memo[rem] = best
		return best
	}
	return solve(amount)
}

func main() {
	cases := []struct {
		coins  []int
		amount int
	}{
		{[]int{1, 2, 5}, 11},
		{[]int{2}, 3},
		{[]int{1}, 0},
		{[]int{186, 419, 83, 408}, 6249},
		{[]int{25, 10, 5, 1}, 63},
	}
	for _, tc := range cases {
		fmt.Printf("coins=%v amount=%d -> min=%d memo=%d ways=%d\n",
			tc.coins, tc.amount, minCoins(tc.coins, tc.amount),
			minCoinsMemo(tc.coins, tc.amount), ways(tc.coins, tc.amount))
	}
	fmt.Println("ways to make 100 cents:", ways([]int{1, 5, 10, 25, 50, 100}, 100))
}
