package main

import (
	"fmt"
	"strings"
)

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
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
	q := []struct {
		i int
		b bool
	}{{2, true}, {3, false}, {5, true}}
	fmt.Println(q)
	s2 := []int{2, 3, 5, 7, 11, 13}
	s2 = s2[:0]
	printSlice(s2)
	s2 = s2[:4]
	printSlice(s2)
	s2 = s2[2:]
	printSlice(s2)
	var nilS []int
	fmt.Println(nilS, len(nilS), cap(nilS), nilS == nil)
	m := make([]int, 0, 5)
	printSlice(m)
	board := [][]string{
		{"_", "_", "_"},
		{"_", "_", "_"},
		{"_", "_", "_"},
	}
	board[0][0] = "X"
	board[2][2] = "O"
	board[1][2] = "X"
	for i := 0; i < len(board); i++ {
		fmt.Printf("%s\n", strings.Join(board[i], " "))
	}
	var grow []int
	for i := 0; i < 5; i++ {
		grow = append(grow, i*i)
	}
	fmt.Println(grow)
	pow := make([]int, 6)
	for i := range pow {
		pow[i] = 1 << uint(i)
	}
	for _, value := range pow {
		fmt.Printf("%d ", value)
	}
	fmt.Println()
	dst := make([]int, 3)
	n := copy(dst, grow)
	fmt.Println(n, dst)
}
