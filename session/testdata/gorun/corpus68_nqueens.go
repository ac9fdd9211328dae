package main

import (
	"fmt"
	"strings"
)

func solveNQueens(n int) [][]int {
	var solutions [][]int
	cols := make([]bool, n)
	diag1 := make([]bool, 2*n)
	diag2 := make([]bool, 2*n)
	board := make([]int, n)
	var place func(row int)
	place = func(row int) {
		if row == n {
			solutions = append(solutions, append([]int{}, board...))
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || diag1[row+c] || diag2[row-c+n] {
				continue
			}
			cols[c], diag1[row+c], diag2[row-c+n] = true, true, true
			board[row] = c
			place(row + 1)
			cols[c], diag1[row+c], diag2[row-c+n] = false, false, false
		}
	}
	place(0)
	return solutions
}

func render(sol []int) string {
	var sb strings.Builder
	for _, c := range sol {
		row := []byte(strings.Repeat(".", len(sol)))
		row[c] = 'Q'
		sb.Write(row)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	sols := solveNQueens(6)
	fmt.Println("6-queens solutions:", len(sols))
	for i, s := range sols {
		fmt.Printf("solution %d: %v\n", i+1, s)
		fmt.Print(render(s))
	}
	for n := 1; n <= 8; n++ {
		fmt.Printf("n=%d: %d\n", n, len(solveNQueens(n)))
	}
}
