package main

import (
	"cmp"
	"fmt"
	"slices"
)

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

type SortedList[T cmp.Ordered] struct {
	data []T
}

func (l *SortedList[T]) Add(v T) {
	i, _ := slices.BinarySearch(l.data, v)
	l.data = slices.Insert(l.data, i, v)
}

func (l *SortedList[T]) Contains(v T) bool {
	_, ok := slices.BinarySearch(l.data, v)
	return ok
}

func (l *SortedList[T]) Items() []T { return l.data }

type Version struct{ Major, Minor int }

func CompareVersion(a, b Version) int {
	return cmp.Or(cmp.Compare(a.Major, b.Major), cmp.Compare(a.Minor, b.Minor))
}

func main() {
	fmt.Println(MaxOf(3, 9, 2), MaxOf("kiwi", "apple"), MaxOf(2.5))
	var l SortedList[int]
	for _, v := range []int{5, 1, 4, 1, 9} {
		l.Add(v)
	}
	fmt.Println(l.Items(), l.Contains(4), l.Contains(7))
	var ws SortedList[string]
	for _, w := range []string{"m", "c", "x"} {
		ws.Add(w)
	}
	fmt.Println(ws.Items())
	vs := []Version{{1, 10}, {1, 2}, {0, 9}}
	slices.SortFunc(vs, CompareVersion)
	fmt.Println(vs)
	fmt.Println(slices.MinFunc(vs, CompareVersion), slices.MaxFunc(vs, CompareVersion))
	idx, found := slices.BinarySearchFunc(vs, Version{1, 2}, CompareVersion)
	fmt.Println(idx, found)
}
