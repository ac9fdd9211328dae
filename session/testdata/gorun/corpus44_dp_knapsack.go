package main

import "fmt"

type Item struct {
	Name   string
	Weight int
	Value  int
}

func knapsack(items []Item, capacity int) (int, []string) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				if v := dp[i-1][w-it.Weight] + it.Value; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	var chosen []string
	w := capacity
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	return dp[n][capacity], chosen
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
	if dp[amount] == inf {
		return -1
	}
	return dp[amount]
}

func main() {
	items := []Item{
		{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200},
		{"sandwich", 50, 160}, {"glucose", 15, 60}, {"tin", 68, 45},
		{"banana", 27, 60}, {"apple", 39, 40},
	}
	for _, c := range []int{50, 100, 200} {
		best, chosen := knapsack(items, c)
		fmt.Printf("capacity %3d: value %d %v\n", c, best, chosen)
	}
	fmt.Println("coins 11:", coinChange([]int{1, 2, 5}, 11))
	fmt.Println("coins 3 with [2]:", coinChange([]int{2}, 3))
	fmt.Println("coins 0:", coinChange([]int{7}, 0))
}
