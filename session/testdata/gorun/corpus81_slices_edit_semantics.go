package main

import (
	"fmt"
	"slices"
	"strings"
)

type Point struct{ X, Y int }

type Level string

func main() {
	// Since Go 1.22, Delete, DeleteFunc, Compact and Replace zero the
	// elements they drop from the tail of the original slice.
	s := []int{1, 2, 3, 4, 5}
	t := slices.Delete(s, 1, 3)
	fmt.Println(t, s, len(t), cap(t))

	words := strings.Fields("a a b c c c d")
	u := slices.Compact(words)
	fmt.Printf("%q %q\n", u, words)

	pts := []Point{{1, 1}, {2, 2}, {3, 3}, {4, 4}}
	odd := slices.DeleteFunc(pts, func(p Point) bool { return p.X%2 == 0 })
	fmt.Println(odd, pts)

	r := []int{10, 20, 30, 40}
	r2 := slices.Replace(r, 1, 3, 99)
	fmt.Println(r2, r)

	ptrs := []*Point{{1, 2}, {3, 4}, {5, 6}}
	kept := slices.Delete(ptrs, 0, 1)
	fmt.Println(len(kept), *kept[0], ptrs[2] == nil)

	// Insert grows; the original keeps its old contents.
	base := make([]int, 3, 10)
	copy(base, []int{7, 8, 9})
	grown := slices.Insert(base, 1, 100, 200)
	fmt.Println(grown, base, cap(grown) == cap(base))

	// Searching with the program's own types.
	fmt.Println(slices.Index(pts, Point{3, 3}), slices.Contains(pts, Point{9, 9}))
	fmt.Println(slices.Equal([]Point{{1, 2}}, []Point{{1, 2}}))
	levels := []Level{"warn", "debug", "info", "error"}
	slices.Sort(levels)
	fmt.Println(levels, slices.Max(levels), slices.Min(levels))
	i, found := slices.BinarySearch(levels, Level("info"))
	fmt.Println(i, found)
	fmt.Printf("%T %T\n", slices.Clone(levels), slices.Max(levels))

	rev := slices.Clone(pts[:2])
	slices.Reverse(rev)
	fmt.Println(rev, pts[:2])
	fmt.Println(slices.Repeat([]string{"ab"}, 3), slices.Concat([]int{1}, nil, []int{2, 3}))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	c := slices.Clip(make([]int, 2, 8))
	fmt.Println(len(c), cap(c))
}
