package main

import (
	"fmt"
	"strings"
)

func pascal(n int) [][]int {
	rows := make([][]int, n)
	for i := range rows {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

func main() {
	rows := pascal(10)
	width := 4
	total := len(rows) * width
	for _, row := range rows {
		var b strings.Builder
		for _, v := range row {
			fmt.Fprintf(&b, "%*d", width, v)
		}
		line := b.String()
		pad := (total - len(line)) / 2
		fmt.Printf("%s%s\n", strings.Repeat(" ", pad), line)
	}
	fmt.Println(rows[9])
	for i, row := range rows {
		sum := 0
		for _, v := range row {
			sum += v
		}
		fmt.Printf("row %-2d sum=%4d (2^%d)\n", i, sum, i)
	}
	// mod-2 Sierpinski pattern
	big := pascal(16)
	for _, row := range big {
		var sb strings.Builder
		sb.WriteString(strings.Repeat(" ", 16-len(row)))
		for _, v := range row {
			if v%2 == 1 {
				sb.WriteString("* ")
			} else {
				sb.WriteString("  ")
			}
		}
		fmt.Println(strings.TrimRight(sb.String(), " "))
	}
}
