package main

import (
	"fmt"
	"slices"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

func knapsack01(items []Item, capacity int) (int, []string) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range n + 1 {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				dp[i][w] = max(dp[i][w], dp[i-1][w-it.Weight]+it.Value)
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
	slices.Reverse(chosen)
	return dp[n][capacity], chosen
}

// unbounded knapsack with a 1-D table
func unbounded(weights, values []int, capacity int) int {
	dp := make([]int, capacity+1)
	for w := 1; w <= capacity; w++ {
		for i := range weights {
			if weights[i] <= w {
				dp[w] = max(dp[w], dp[w-weights[i]]+values[i])
			}
		}
	}
	return dp[capacity]
}

func main() {
	items := []Item{
		{"map", 9, 150},
		{"compass", 13, 35},
		{"water", 153, 200},
		{"sandwich", 50, 160},
		{"glucose", 15, 60},
		{"tin", 68, 45},
		{"banana", 27, 60},
		{"apple", 39, 40},
	}
	for _, c := range []int{0, 50, 100, 200} {
		v, names := knapsack01(items, c)
		fmt.Printf("cap %3d -> value %3d %v\n", c, v, names)
	}
	fmt.Println("unbounded:", unbounded([]int{1, 3, 4, 5}, []int{10, 40, 50, 70}, 8))
	fmt.Println("unbounded:", unbounded([]int{5, 10, 15}, []int{10, 30, 20}, 100))
}
