package main

import "fmt"

func Append(slice []int, data ...int) []int {
	l := len(slice)
	if l+len(data) > cap(slice) {
		newSlice := make([]int, (l+len(data))*2)
		copy(newSlice, slice)
		slice = newSlice
	}
	slice = slice[0 : l+len(data)]
	copy(slice[l:], data)
	return slice
}

func Min(a ...int) int {
	m := int(^uint(0) >> 1)
	for _, i := range a {
		if i < m {
			m = i
		}
	}
	return m
}

func Println(v ...any) {
	fmt.Print("log: ")
	fmt.Println(v...)
}

func main() {
	x := []int{1, 2, 3}
	x = Append(x, 4, 5, 6)
	fmt.Println(x, len(x))
	y := []int{7, 8}
	x = append(x, y...)
	fmt.Println(x)
	fmt.Println(Min(4, 2, 9), Min(), Min(x...))
	Println("a", 1, true)
	Println()
	var args []any
	args = append(args, "n=", 3)
	Println(args...)
	b := append([]byte("hello "), "world"...)
	fmt.Println(string(b))
	var s []string
	s = append(s)
	fmt.Println(s == nil, len(s))
	z := append(x[:2], x[4:]...)
	fmt.Println(z)
	fmt.Println(append([]int(nil), 1))
}
