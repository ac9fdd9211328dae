package main

import (
	"fmt"
	"maps"
	"slices"
)

type names []string

func count(n int) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("x", 1) && yield("y", 2)
}

func main() {
	ns := names{"b", "", "a"}
	kept := slices.DeleteFunc(ns, func(s string) bool { return s == "" })
	fmt.Printf("%T %q %q\n", kept, kept, ns)

	mixed := slices.Replace([]any{1, "two", 3}, 1, 2, nil, 2.5)
	fmt.Println(mixed, len(mixed))
	fmt.Println(slices.Concat([]any{nil}, []any{1}))

	fmt.Println(slices.Repeat[[]int](nil, 2) == nil, len(slices.Repeat[[]int](nil, 2)))
	fmt.Println(slices.Grow[[]int](nil, 3) == nil, cap(slices.Grow[[]int](nil, 3)) >= 3, slices.Clip([]int(nil)) == nil)

	var order []string
	slices.IsSortedFunc([]int{1, 2, 3}, func(a, b int) int {
		order = append(order, fmt.Sprint(a, b))
		return a - b
	})
	fmt.Println(order)

	fmt.Println(slices.EqualFunc([]int(nil), []int{}, func(a, b int) bool { return a == b }))
	fmt.Println(slices.BinarySearchFunc([]int{}, 1, func(a, b int) int { return a - b }))
	fmt.Println(slices.BinarySearchFunc([]string{"a", "c"}, "b", func(a, b string) int {
		if a < b {
			return -1
		}
		if a > b {
			return 1
		}
		return 0
	}))

	backing := make([]int, 5, 8)
	for i := range backing {
		backing[i] = i
	}
	grown := slices.Replace(backing, 1, 2, 10, 11, 12)
	fmt.Println(grown, backing, backing[:cap(backing)])
	shrunk := slices.Replace(backing, 0, 4, 9)
	fmt.Println(shrunk, backing)
	for _, bounds := range [][2]int{{1, 0}, {0, 3}, {-1, 1}} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			slices.Replace([]int{1, 2}, bounds[0], bounds[1])
		}()
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		slices.Replace(make([]int, 2, 4), 0, 3)
	}()

	room := make([]any, 3, 6)
	room[0], room[1], room[2] = 1, 2, 3
	ins := slices.Insert(room, 1, nil, "x")
	fmt.Println(ins, room[:cap(room)])
	rep := slices.Replace(room, 3, 3, 4)
	fmt.Println(rep, room[:cap(room)])

	fmt.Println(slices.CompactFunc([]int{1}, func(a, b int) bool { return true }))
	evens := slices.AppendSeq(names{"z"}, slices.Values([]string{"y"}))
	fmt.Printf("%T %v\n", evens, evens)
	fmt.Println(slices.AppendSeq([]int{9}, count(3)))
	fmt.Println(slices.SortedFunc(count(4), func(a, b int) int { return b - a }))

	m := map[string]int{}
	maps.Insert(m, pairs)
	fmt.Println(m)
	fmt.Println(maps.EqualFunc(map[int]int{}, map[int]string(nil), func(int, string) bool { return false }))
}
