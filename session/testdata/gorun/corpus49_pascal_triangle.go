package main

import (
	"fmt"
	"strings"
)

func pascal(n int) [][]int {
	rows := make([][]int, n)
	for i := 0; i < n; i++ {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

func main() {
	const n = 8
	tri := pascal(n)
	width := len(fmt.Sprint(tri[n-1][n/2])) + 1
	for i, row := range tri {
		fmt.Print(strings.Repeat(" ", (n-i-1)*width/2))
		for _, v := range row {
			fmt.Printf("%*d", width, v)
		}
		fmt.Println()
	}
	for _, row := range tri[:5] {
		fmt.Printf("%-*v|\n", 20, row)
	}
	sum := 0
	for _, v := range tri[n-1] {
		sum += v
	}
	fmt.Printf("row %d sums to %d\n", n-1, sum)
}
