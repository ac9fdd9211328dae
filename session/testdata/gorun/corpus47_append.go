package main

import "fmt"

func printSlice(s []int) {
	fmt.Printf("len=%d %v\n", len(s), s)
}

func main() {
	var s []int
	printSlice(s)
	s = append(s, 0)
	printSlice(s)
	s = append(s, 1)
	printSlice(s)
	s = append(s, 2, 3, 4)
	printSlice(s)

	other := []int{10, 20}
	s = append(s, other...)
	printSlice(s)

	bs := append([]byte("go"), "pher"...)
	fmt.Println(string(bs))

	base := make([]int, 3, 10)
	x := append(base, 1)
	y := append(base, 2)
	fmt.Println(x[3], y[3])

	dst := make([]int, 2)
	n := copy(dst, []int{7, 8, 9})
	fmt.Println(n, dst)

	s = append(s[:2], s[3:]...)
	printSlice(s)
}
