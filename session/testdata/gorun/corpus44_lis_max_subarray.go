package main

import (
	"fmt"
	"sort"
)

// lisLength uses patience sorting: O(n log n).
func lisLength(a []int) int {
	var tails []int
	for _, x := range a {
		i := sort.SearchInts(tails, x)
		if i == len(tails) {
			tails = append(tails, x)
		} else {
			tails[i] = x
		}
	}
	return len(tails)
}

// kadane returns the best sum and the bounds of the subarray.
func kadane(a []int) (best, from, to int) {
	best = a[0]
	cur, start := a[0], 0
	for i := 1; i < len(a); i++ {
		if cur < 0 {
			cur, start = a[i], i
		} else {
			cur += a[i]
		}
		if cur > best {
			best, from, to = cur, start, i
		}
	}
	return
}

func uniquePaths(rows, cols int, blocked map[[2]int]bool) int {
	grid := make([][]int, rows)
	for r := range grid {
		grid[r] = make([]int, cols)
	}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if blocked[[2]int{r, c}] {
				continue
			}
			if r == 0 && c == 0 {
				grid[r][c] = 1
				continue
			}
			if r > 0 {
				grid[r][c] += grid[r-1][c]
			}
			if c > 0 {
				grid[r][c] += grid[r][c-1]
			}
		}
	}
	return grid[rows-1][cols-1]
}

func main() {
	seq := []int{10, 9, 2, 5, 3, 7, 101, 18}
	fmt.Println("LIS length:", lisLength(seq))
	arr := []int{-2, 1, -3, 4, -1, 2, 1, -5, 4}
	best, f, t := kadane(arr)
	fmt.Printf("max subarray %v sum %d\n", arr[f:t+1], best)
	fmt.Println("all negative:", func() int { b, _, _ := kadane([]int{-3, -1, -2}); return b }())
	fmt.Println("paths 3x7:", uniquePaths(3, 7, nil))
	fmt.Println("paths 3x3 blocked:", uniquePaths(3, 3, map[[2]int]bool{{1, 1}: true}))
}
