package main

import "fmt"

func main() {
	base := []int{1, 2, 3, 4, 5, 6}

	// Two-index slicing leaves spare capacity that append overwrites.
	a := base[0:2]
	a = append(a, 99)
	fmt.Println("two-index:", base)

	base = []int{1, 2, 3, 4, 5, 6}
	// Three-index slicing caps the capacity so append must copy.
	b := base[0:2:2]
	fmt.Println(len(b), cap(b))
	b = append(b, 99)
	fmt.Println("three-index:", base, b)

	c := base[1:3:4]
	fmt.Println(c, len(c), cap(c))
	c = append(c, 7)
	fmt.Println(base)
	c = append(c, 8)
	c[0] = -2
	fmt.Println(base, c)

	arr := [5]string{"a", "b", "c", "d", "e"}
	d := arr[1:2:3]
	fmt.Printf("%q %d %d\n", d, len(d), cap(d))
	d = d[:cap(d)]
	fmt.Printf("%q\n", d)

	// A helper that appends safely to a caller's slice.
	safe := func(s []int, v int) []int {
		return append(s[:len(s):len(s)], v)
	}
	orig := make([]int, 2, 10)
	x := safe(orig, 1)
	y := safe(orig, 2)
	fmt.Println(x, y, orig[:3])
}
