package main

import "fmt"

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

func main() {
	// Slice defaults.
	s := []int{2, 3, 5, 7, 11, 13}
	s = s[1:4]
	fmt.Println(s)
	s = s[:2]
	fmt.Println(s)
	s = s[1:]
	fmt.Println(s)

	// Length and capacity.
	t := []int{2, 3, 5, 7, 11, 13}
	printSlice(t)
	t = t[:0]
	printSlice(t)
	t = t[:4]
	printSlice(t)
	t = t[2:]
	printSlice(t)

	// Nil slices.
	var n []int
	fmt.Println(n, len(n), cap(n))
	if n == nil {
		fmt.Println("nil!")
	}
	n = append(n, 1)
	printSlice(n)

	// Three-index slicing limits the capacity.
	u := []int{0, 1, 2, 3, 4, 5}
	w := u[1:3:4]
	printSlice(w)
	w = append(w, 99)
	fmt.Println(u)
	w = append(w, 100)
	w[0] = -1
	fmt.Println(u, w)
	empty := []int{}
	fmt.Println(empty == nil, len(empty))
}
