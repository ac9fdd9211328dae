package main

import "fmt"

func AppendByte(slice []byte, data ...byte) []byte {
	m := len(slice)
	n := m + len(data)
	if n > cap(slice) {
		newSlice := make([]byte, (n+1)*2)
		copy(newSlice, slice)
		slice = newSlice
	}
	slice = slice[0:n]
	copy(slice[m:n], data)
	return slice
}

func main() {
	p := []byte{2, 3, 5}
	p = AppendByte(p, 7, 11, 13)
	fmt.Println(p, len(p), cap(p))

	base := make([]int, 3, 4)
	a := append(base, 1) // fits: shares base's array
	b := append(base, 2) // overwrites a[3]
	fmt.Println(a, b)

	full := base[:3:3] // full slice expression caps the capacity
	c := append(full, 9)
	d := append(full, 8)
	fmt.Println(c, d, cap(full))

	x := []int{1, 2, 3}
	y := append(x[:1], 10)
	fmt.Println(x, y)

	ints := []int{0, 1, 2, 3, 4, 5, 6}
	ints = append(ints[:2], ints[4:]...) // delete elements 2 and 3
	fmt.Println(ints)

	words := append([]string(nil), "a", "b")
	words = append(words, []string{"c", "d"}...)
	fmt.Println(words, len(words))
}
