package main

import "fmt"

type Grid [3][4]int

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 5
	sum := 0
	for i := range n {
		sum += i * i
	}
	fmt.Println("sum of squares", sum)

	var g Grid
	for r := range len(g) {
		for c := range len(g[r]) {
			g[r][c] = r*10 + c
		}
	}
	fmt.Println(g)

	count := 0
	for range 4 {
		count++
	}
	fmt.Println("count", count)

	var u uint8 = 3
	for i := range u {
		fmt.Printf("%T %d\n", i, i)
	}

outer:
	for i := range 4 {
		for j := range 4 {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	const k = 2
	for i := range k {
		fmt.Println("k", i)
	}
}
