package main

import (
	"fmt"
	"slices"
	"strings"
)

func printSlice(name string, s []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func main() {
	var s []int
	printSlice("s", s)
	for i := range 10 {
		s = append(s, i)
		printSlice(fmt.Sprint("s", i), s)
	}
	a := make([]int, 3, 4)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b[3], c[3], &b[0] == &c[0])
	t := s[2:5]
	printSlice("t", t)
	t = append(t, 99)
	fmt.Println(s[5], len(s))
	u := s[2:5:5]
	u = append(u, 77)
	fmt.Println(s[5], u, cap(u) >= 4)
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune(strings.Repeat(".", 4))
	}
	grid[1][2] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	strs := []string{"banana", "Apple", "cherry", "apple"}
	sorted := slices.Clone(strs)
	slices.SortFunc(sorted, func(x, y string) int { return strings.Compare(strings.ToLower(x), strings.ToLower(y)) })
	fmt.Println(strs, sorted, slices.Index(strs, "cherry"), slices.Contains(strs, "kiwi"))
	fmt.Println(len(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1})))
	nums := []int{5, 2, 8, 1}
	fmt.Println(slices.Max(nums), slices.Min(nums), slices.Insert(nums, 1, 100, 200), slices.Delete([]int{0, 1, 2, 3}, 1, 3))
	copy(nums, []int{9, 9})
	fmt.Println(nums, copy(make([]byte, 3), "hello"))
	var nilS []string
	empty := []string{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), fmt.Sprintf("%v %v %q %q", nilS, empty, nilS, empty))
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	fmt.Println(m, len(m["zz"]))
	matrix := [][]int{{1, 2}, {3, 4}}
	clone := slices.Clone(matrix)
	clone[0][0] = 100
	fmt.Println(matrix[0][0])
}
