package main

import "fmt"

func main() {
	b := []byte{'g', 'o', 'l', 'a', 'n', 'g'}
	fmt.Println(string(b[1:4]), string(b[:2]), string(b[2:]), string(b[:]))

	s := make([]int, 5, 10)
	fmt.Println(len(s), cap(s))
	t := s[2:4]
	fmt.Println(len(t), cap(t))
	t[0] = 7 // shares the array with s
	fmt.Println(s)

	// growing a slice by re-slicing up to its capacity
	t = t[:cap(t)]
	fmt.Println(len(t), t)

	// doubling by hand, as the blog shows before append
	g := []int{1, 2, 3}
	grown := make([]int, len(g), (cap(g)+1)*2)
	for i := range g {
		grown[i] = g[i]
	}
	g = grown
	fmt.Println(g, len(g), cap(g))

	n := copy(g[1:], g)
	fmt.Println(n, g)

	var nilSlice []string
	fmt.Println(nilSlice == nil, len(nilSlice), cap(nilSlice))
	nilSlice = append(nilSlice, "x")
	fmt.Println(nilSlice, nilSlice != nil)
}
