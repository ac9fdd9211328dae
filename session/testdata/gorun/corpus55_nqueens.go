package main

import (
	"fmt"
	"strings"
)

func solveNQueens(n int) [][]string {
	var results [][]string
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	board := make([]int, n)
	var place func(row int)
	place = func(row int) {
		if row == n {
			sol := make([]string, n)
			for r, c := range board {
				sol[r] = strings.Repeat(".", c) + "Q" + strings.Repeat(".", n-c-1)
			}
			results = append(results, sol)
			return
		}
		for c := range n {
			if cols[c] || d1[row+c] || d2[row-c+n] {
				continue
			}
			cols[c], d1[row+c], d2[row-c+n] = true, true, true
			board[row] = c
			place(row + 1)
			cols[c], d1[row+c], d2[row-c+n] = false, false, false
		}
	}
	place(0)
	return results
}

func permutations(nums []int) [][]int {
	var res [][]int
	var bt func(start int)
	bt = func(start int) {
		if start == len(nums) {
			res = append(res, append([]int(nil), nums...))
			return
		}
		for i := start; i < len(nums); i++ {
			nums[start], nums[i] = nums[i], nums[start]
			bt(start + 1)
			nums[start], nums[i] = nums[i], nums[start]
		}
	}
	bt(0)
	return res
}

func combinationSum(cands []int, target int) [][]int {
	var res [][]int
	var cur []int
	var dfs func(i, rem int)
	dfs = func(i, rem int) {
		if rem == 0 {
			res = append(res, append([]int{}, cur...))
			return
		}
		for j := i; j < len(cands); j++ {
			if cands[j] <= rem {
				cur = append(cur, cands[j])
				dfs(j, rem-cands[j])
				cur = cur[:len(cur)-1]
			}
		}
	}
	dfs(0, target)
	return res
}

func main() {
	for n := 1; n <= 8; n++ {
		fmt.Printf("%d-queens: %d solutions\n", n, len(solveNQueens(n)))
	}
	for _, row := range solveNQueens(4)[0] {
		fmt.Println(row)
	}
	fmt.Println(permutations([]int{1, 2, 3}))
	fmt.Println(combinationSum([]int{2, 3, 6, 7}, 7))
	fmt.Println(combinationSum([]int{2, 3, 5}, 8))
}
