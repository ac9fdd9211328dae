package main

import "fmt"

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

func main() {
	s := []int{2, 3, 5, 7, 11, 13}
	printSlice(s)
	s = s[:0]
	printSlice(s)
	s = s[:4]
	printSlice(s)
	s = s[2:]
	printSlice(s)
	s = s[:cap(s)]
	printSlice(s)

	t := []int{1, 2, 3, 4, 5}
	t = t[1:4]
	fmt.Println(t)
	t = t[:2]
	fmt.Println(t)
	t = t[1:]
	fmt.Println(t)
	u := t[0:1:2]
	fmt.Println(len(u), cap(u))
}
