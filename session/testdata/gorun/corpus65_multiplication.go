package main

import (
	"fmt"
	"strings"
)

func main() {
	const n = 9
	fmt.Print("   |")
	for i := 1; i <= n; i++ {
		fmt.Printf("%4d", i)
	}
	fmt.Println()
	fmt.Println("---+" + strings.Repeat("-", 4*n))
	for i := 1; i <= n; i++ {
		fmt.Printf("%2d |", i)
		for j := 1; j <= n; j++ {
			fmt.Printf("%4d", i*j)
		}
		fmt.Println()
	}
	fmt.Println()

	for i := 1; i <= 5; i++ {
		for j := 1; j <= i; j++ {
			fmt.Printf("%d*%d=%-3d", j, i, i*j)
		}
		fmt.Println()
	}
	var table [5][5]int
	for i := range table {
		for j := range table[i] {
			table[i][j] = (i + 1) * (j + 1)
		}
	}
	fmt.Println(table)
	num := 7
	for i := 1; i <= 10; i++ {
		fmt.Printf("%d x %2d = %3d\n", num, i, num*i)
	}
}
