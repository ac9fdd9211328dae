package main

import "fmt"

func printSlice(name string, x []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", name, len(x), cap(x), x)
}

func main() {
	var s []int
	fmt.Println(s, len(s), cap(s))
	if s == nil {
		fmt.Println("nil!")
	}
	fmt.Printf("%#v\n", s)

	a := make([]int, 5)
	printSlice("a", a)
	b := make([]int, 0, 5)
	printSlice("b", b)
	c := b[:2]
	printSlice("c", c)
	d := c[2:5]
	printSlice("d", d)

	empty := []int{}
	fmt.Println(empty == nil, len(empty))
	for range s {
		fmt.Println("never")
	}
	m := make(map[string]int, 10)
	fmt.Println(len(m))
}
