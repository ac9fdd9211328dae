package main

import "fmt"

type Grid [3][4]int

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	var g Grid
	for r := range len(g) {
		for c := range len(g[r]) {
			g[r][c] = r * c
		}
	}
	fmt.Println(g)

	total := 0
	for range 5 {
		total += 2
	}
	fmt.Println("total", total)

	n := 4
	var squares []int
	for i := range n {
		squares = append(squares, i*i)
	}
	fmt.Println(squares)

	type ID uint8
	for id := range ID(3) {
		fmt.Printf("%T %v\n", id, id)
	}

	for i := range 0 {
		fmt.Println("never", i)
	}
	var k int64 = 2
	for j := range k {
		fmt.Printf("%d %T\n", j, j)
	}
}
