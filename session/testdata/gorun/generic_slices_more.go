package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type intList []int

type person struct {
	name string
	age  int
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	calls := 0
	even := slices.DeleteFunc(s, func(x int) bool { calls++; return x%2 == 0 })
	fmt.Println(even, s, calls)
	fmt.Println(slices.DeleteFunc([]string{"a"}, func(string) bool { return false }))

	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}), slices.Concat[[]int]() == nil, slices.Concat([]int{}, nil) == nil)
	named := slices.Concat(intList{1}, intList{2})
	fmt.Printf("%T %v\n", named, named)

	lower := []string{"a", "b"}
	upper := []string{"A", "B"}
	fmt.Println(slices.EqualFunc(lower, upper, strings.EqualFold), slices.EqualFunc(lower, upper[:1], strings.EqualFold))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))

	byLen := func(a, b string) int { return len(a) - len(b) }
	fmt.Println(slices.IsSortedFunc([]string{"a", "bb", "ccc"}, byLen), slices.IsSortedFunc([]string{"bb", "a"}, byLen))

	people := []person{{"Alice", 20}, {"Bob", 30}, {"Carol", 40}}
	i, found := slices.BinarySearchFunc(people, 30, func(p person, age int) int { return p.age - age })
	fmt.Println(i, found)
	i, found = slices.BinarySearchFunc(people, 35, func(p person, age int) int { return p.age - age })
	fmt.Println(i, found)

	words := []string{"a", "A", "b", "B", "b", "c"}
	compact := slices.CompactFunc(words, strings.EqualFold)
	fmt.Printf("%q %q\n", compact, words)

	sorted := slices.SortedFunc(slices.Values([]string{"ccc", "a", "bb"}), byLen)
	fmt.Println(sorted)

	fmt.Println(slices.Repeat([]int{1, 2}, 3), len(slices.Repeat([]int{1}, 0)), slices.Repeat([]int(nil), 2) == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		slices.Repeat([]int{1}, -1)
	}()

	r := []int{0, 1, 2, 3, 4}
	fmt.Println(slices.Replace(r, 1, 3, 7, 8, 9), r)
	r = []int{0, 1, 2, 3, 4}
	fmt.Println(slices.Replace(r, 1, 4, 7), r)
	r = []int{0, 1, 2, 3, 4}
	fmt.Println(slices.Replace(r, 3, 5), r)
	fmt.Println(slices.Replace([]int{0, 1}, 1, 1, 5))

	g := slices.Grow([]int{1, 2}, 10)
	fmt.Println(g, len(g), cap(g) >= 12, slices.Grow([]int(nil), 0) == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		slices.Grow([]int{}, -1)
	}()
	c := slices.Clip(make([]int, 2, 10))
	fmt.Println(c, len(c), cap(c))

	m1 := map[string]int{"a": 1, "b": 2}
	m2 := map[string]string{"a": "1", "b": "2"}
	fmt.Println(maps.EqualFunc(m1, m2, func(v int, w string) bool { return fmt.Sprint(v) == w }))
	m2["b"] = "3"
	fmt.Println(maps.EqualFunc(m1, m2, func(v int, w string) bool { return fmt.Sprint(v) == w }))

	dst := map[string]int{"z": 26}
	maps.Insert(dst, maps.All(m1))
	fmt.Println(dst)

	app := slices.AppendSeq([]int{0}, slices.Values([]int{1, 2}))
	fmt.Println(app, slices.AppendSeq([]int(nil), slices.Values([]int{})) == nil)
	keys := slices.AppendSeq([]string(nil), maps.Keys(m1))
	slices.Sort(keys)
	fmt.Println(keys)
}
