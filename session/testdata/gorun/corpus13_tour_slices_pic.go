package main

import (
	"fmt"
	"slices"
	"strings"
)

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

func Pic(dx, dy int) [][]uint8 {
	pic := make([][]uint8, dy)
	for y := range dy {
		pic[y] = make([]uint8, dx)
		for x := range dx {
			pic[y][x] = uint8((x ^ y) * (x + y) / 2)
		}
	}
	return pic
}

func main() {
	primes := [6]int{2, 3, 5, 7, 11, 13}
	var s []int = primes[1:4]
	fmt.Println(s)

	names := [4]string{"John", "Paul", "George", "Ringo"}
	a := names[0:2]
	b := names[1:3]
	b[0] = "XXX"
	fmt.Println(a, b)
	fmt.Println(names)

	q := []int{2, 3, 5, 7, 11, 13}
	q = q[:0]
	printSlice(q)
	q = q[:4]
	printSlice(q)
	q = q[2:]
	printSlice(q)

	var nilSlice []int
	fmt.Println(nilSlice, len(nilSlice), cap(nilSlice), nilSlice == nil)

	board := [][]string{
		{"_", "_", "_"},
		{"_", "_", "_"},
		{"_", "_", "_"},
	}
	board[0][0] = "X"
	board[2][2] = "O"
	board[1][2] = "X"
	board[1][0] = "O"
	board[0][2] = "X"
	for i := range len(board) {
		fmt.Printf("%s\n", strings.Join(board[i], " "))
	}

	var grow []int
	for i := range 6 {
		grow = append(grow, i*i)
	}
	fmt.Println(grow, len(grow))

	pow := make([]int, 10)
	for i := range pow {
		pow[i] = 1 << uint(i)
	}
	for _, value := range pow {
		fmt.Printf("%d ", value)
	}
	fmt.Println()

	pic := Pic(6, 4)
	for _, row := range pic {
		fmt.Println(row)
	}
	c := slices.Clone(pow[:3])
	c[0] = 99
	fmt.Println(c, pow[:3], slices.Index(pow, 64), slices.Contains(pow, 100))
}
