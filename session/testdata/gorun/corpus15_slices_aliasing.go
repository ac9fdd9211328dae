package main

import (
	"fmt"
	"slices"
)

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func main() {
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(a, b, c, b[3])
	orig := []int{1, 2, 3, 4, 5}
	r := remove(orig, 1)
	fmt.Println(r, orig, len(r), cap(r))
	s := []int{1, 2, 3}
	t := s[:2]
	t = append(t, 99)
	fmt.Println(s, t)
	t = append(t, 100)
	t[0] = -1
	fmt.Println(s, t)
	full := s[0:2:2]
	full = append(full, 7)
	fmt.Println(s, full)
	bs := []byte("hello")
	str := string(bs)
	bs[0] = 'J'
	fmt.Println(str, string(bs))
	x := []int{1, 2, 3, 4, 5}
	copy(x[1:], x)
	fmt.Println(x)
	i, arr := 0, []int{10, 20, 30}
	i, arr[i] = 1, 5
	fmt.Println(i, arr)
	p, q := 1, 2
	p, q = q, p+q
	fmt.Println(p, q)
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	fmt.Println(m, len(m["zz"]))
	grid := make([][]int, 3)
	row := make([]int, 3)
	for i := range grid {
		grid[i] = row
	}
	grid[0][0] = 5
	fmt.Println(grid)
	u := []int{3, 1, 2}
	v := u
	slices.Sort(v)
	fmt.Println(u)
	w := slices.Clone(u)
	w[0] = 100
	fmt.Println(u, w)
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), append(nilS, 1))
	del := slices.Delete([]int{0, 1, 2, 3}, 1, 3)
	fmt.Println(del)
	matrix := [2][2]int{{1, 2}, {3, 4}}
	m2 := matrix
	m2[0][0] = 9
	fmt.Println(matrix, m2)
	st := []struct{ n int }{{1}, {2}}
	for _, e := range st {
		e.n *= 10
	}
	for i := range st {
		st[i].n += 1
	}
	fmt.Println(st)
}
