package main

import "fmt"

func main() {
	var s []int
	prevCap := -1
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			prevCap = cap(s)
		}
	}
	fmt.Println(len(s), s[:5], s[15:])

	x := []int{1, 2, 3, 4, 5}
	y := x[1:3]
	fmt.Println(y, len(y), cap(y))
	y = append(y, 99) // overwrites x[3]
	fmt.Println(x, y)

	z := x[1:3:3]
	z = append(z, 77) // cap exceeded: new array
	fmt.Println(x, z, cap(x[1:3:3]))

	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b[3], c[3]) // share the backing array

	src := []string{"a", "b", "c", "d"}
	dst := make([]string, 2)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)

	bs := make([]byte, 5)
	fmt.Println(copy(bs, "héllo"), bs)

	// Delete index 2, insert at index 1.
	d := []int{0, 1, 2, 3, 4}
	d = append(d[:2], d[3:]...)
	fmt.Println(d)
	d = append(d[:1], append([]int{9}, d[1:]...)...)
	fmt.Println(d)

	// Filter in place.
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	kept := nums[:0]
	for _, v := range nums {
		if v%3 != 0 {
			kept = append(kept, v)
		}
	}
	fmt.Println(kept, nums)

	// 2D slice with shared storage.
	const rows, cols = 3, 4
	pix := make([]int, rows*cols)
	pic := make([][]int, rows)
	for i := range pic {
		pic[i], pix = pix[:cols], pix[cols:]
	}
	pic[1][2] = 5
	fmt.Println(pic)

	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), len(empty))
	fmt.Printf("%v %v %#v %#v\n", nilS, empty, nilS, empty)
	nilS = append(nilS, empty...)
	fmt.Println(nilS == nil)
}
