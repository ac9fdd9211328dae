package main

import (
	"fmt"
	"strings"
)

func solveNQueens(n int) [][]string {
	var res [][]string
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	board := make([][]byte, n)
	for i := range board {
		board[i] = []byte(strings.Repeat(".", n))
	}
	var place func(r int)
	place = func(r int) {
		if r == n {
			snap := make([]string, n)
			for i, row := range board {
				snap[i] = string(row)
			}
			res = append(res, snap)
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			board[r][c] = 'Q'
			place(r + 1)
			board[r][c] = '.'
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return res
}

func countQueens(n int) int {
	var count int
	var rec func(row int, cols, diag1, diag2 uint)
	rec = func(row int, cols, diag1, diag2 uint) {
		if row == n {
			count++
			return
		}
		avail := ^(cols | diag1 | diag2) & (1<<uint(n) - 1)
		for avail != 0 {
			bit := avail & -avail
			avail ^= bit
			rec(row+1, cols|bit, (diag1|bit)<<1, (diag2|bit)>>1)
		}
	}
	rec(0, 0, 0, 0)
	return count
}

func main() {
	sols := solveNQueens(4)
	fmt.Println(len(sols), "solutions for 4")
	for i, s := range sols {
		fmt.Printf("#%d\n%s\n", i+1, strings.Join(s, "\n"))
	}
	for n := 1; n <= 9; n++ {
		fmt.Print(countQueens(n), " ")
	}
	fmt.Println()
	fmt.Println(len(solveNQueens(6)), solveNQueens(6)[0])
}
