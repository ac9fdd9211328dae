package main

import "fmt"

func zeroArr(a [4]int)   { a[0] = 0 }
func zeroPtr(a *[4]int)  { a[0] = 0 }
func zeroSlice(s []int)  { s[0] = 0 }
func grow(s []int) []int { return append(s, 99) }

var kept [][]int

// keep lets the slice escape, so that its growth is the heap's.
func keep(s []int) { kept = append(kept, s) }

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[1] = 20
	fmt.Println(a, b, a == b, a == [4]int{1, 2, 3, 4})
	zeroArr(a)
	fmt.Println(a)
	zeroPtr(&a)
	fmt.Println(a)
	s := a[:]
	zeroSlice(s[1:])
	fmt.Println(a, s)

	r := [...]string{2: "two", 5: "five"}
	fmt.Println(len(r), r, fmt.Sprintf("%q", r))

	base := make([]int, 3, 5)
	x := append(base, 1)
	y := append(base, 2)
	fmt.Println(x, y, len(base), cap(base))
	full := []int{1, 2, 3}
	p := append(full, 4)
	q := append(full, 5)
	p[0] = -1
	fmt.Println(full, p, q)

	t := []int{0, 1, 2, 3, 4, 5}
	u := t[2:4]
	fmt.Println(u, len(u), cap(u))
	u = append(u, 100)
	fmt.Println(t)
	v := t[2:4:4]
	v = append(v, 200)
	fmt.Println(t, v)
	g := grow(t[:1])
	fmt.Println(t, g)

	dst := make([]int, 3)
	n := copy(dst, []int{7, 8, 9, 10})
	fmt.Println(n, dst)
	n = copy(t[1:], t)
	fmt.Println(n, t)
	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)

	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty))
	nilS = append(nilS, empty...)
	fmt.Println(nilS == nil)
	fmt.Printf("%v %v %d\n", nilS, empty, len(append([]int(nil), nilS...)))

	var c []int
	for i := 0; i < 20; i++ {
		c = append(c, i)
	}
	fmt.Println(len(c), cap(c) >= len(c), c[19])
	keep(c)

	arrOfArr := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	cp := arrOfArr
	cp[1][2] = 60
	fmt.Println(arrOfArr, cp)
	pa := &arrOfArr
	pa[0][0] = 10
	for i, row := range pa {
		fmt.Println(i, row, len(row))
	}
}
