package main

import "fmt"

func appendOne(s []int) []int {
	return append(s, 1)
}

func modify(s []int) {
	s[0] = -1
	s = append(s, 99)
	s[1] = -2
}

func main() {
	base := make([]int, 3, 10)
	a := append(base, 4)
	b := append(base, 5)
	fmt.Println(a, b, &a[0] == &b[0])

	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	fmt.Println(c, d)

	x := []int{10, 20, 30, 40, 50}
	y := x[1:3]
	fmt.Println(y, len(y), cap(y))
	y = append(y, 99)
	fmt.Println(x, y)
	z := x[1:3:3]
	z = append(z, 77)
	fmt.Println(x, z)

	s := make([]int, 2, 5)
	modify(s)
	fmt.Println(s, s[:3])
	t := []int{1, 2}
	modify(t)
	fmt.Println(t)

	src := []string{"a", "b", "c", "d"}
	dst := make([]string, 2)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	bs := make([]byte, 3)
	n = copy(bs, "hello")
	fmt.Println(n, bs, string(bs))

	nums := []int{1, 2, 3, 4, 5, 6}
	evens := nums[:0]
	for _, v := range nums {
		if v%2 == 0 {
			evens = append(evens, v)
		}
	}
	fmt.Println(evens, nums)

	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), appendOne(nilS))
	fmt.Printf("%v %#v %#v\n", nilS, nilS, empty)

	grid := make([][]int, 2)
	row := make([]int, 2)
	for i := range grid {
		grid[i] = row
	}
	grid[0][0] = 8
	fmt.Println(grid)
}
