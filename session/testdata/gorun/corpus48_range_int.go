package main

import "fmt"

func main() {
	for i := range 4 {
		fmt.Println("tick", i)
	}
	n := 3
	total := 0
	for i := range n {
		total += i * 10
	}
	fmt.Println("total", total)

	count := 0
	for range 5 {
		count++
	}
	fmt.Println("count", count)

	type Weekday int
	var days Weekday = 3
	for d := range days {
		fmt.Printf("%T %v\n", d, d)
	}

	grid := make([][]rune, 3)
	for r := range 3 {
		grid[r] = make([]rune, 4)
		for c := range 4 {
			if (r+c)%2 == 0 {
				grid[r][c] = '#'
			} else {
				grid[r][c] = '.'
			}
		}
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
}
