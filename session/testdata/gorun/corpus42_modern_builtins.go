package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("a", "b"))

	nums := []int{5, 2, 8, 1, 9, 3}
	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	fmt.Println(nums, sorted)
	fmt.Println(slices.Contains(nums, 8), slices.Index(nums, 9), slices.Max(nums), slices.Min(nums))
	idx, found := slices.BinarySearch(sorted, 5)
	fmt.Println(idx, found)
	slices.Reverse(sorted)
	fmt.Println(sorted)
	fmt.Println(slices.Equal(nums, []int{5, 2, 8, 1, 9, 3}))
	nums = slices.Insert(nums, 1, 100, 200)
	fmt.Println(nums)
	nums = slices.Delete(nums, 0, 2)
	fmt.Println(nums)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))

	staff := []Employee{
		{"Ann", "eng", 120},
		{"Bob", "ops", 90},
		{"Cid", "eng", 100},
		{"Dee", "ops", 90},
	}
	slices.SortFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			cmp.Compare(b.Salary, a.Salary),
			strings.Compare(a.Name, b.Name),
		)
	})
	for _, e := range staff {
		fmt.Println(e.Dept, e.Name, e.Salary)
	}
	i := slices.IndexFunc(staff, func(e Employee) bool { return e.Salary < 100 })
	fmt.Println("first under 100:", staff[i].Name)

	byDept := map[string][]string{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	keys := slices.Sorted(maps.Keys(byDept))
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Println(k, byDept[k])
	}

	m := map[string]int{"a": 1, "b": 2}
	m2 := maps.Clone(m)
	m2["c"] = 3
	fmt.Println(len(m), len(m2), maps.Equal(m, m2))
	clear(m2)
	fmt.Println(len(m2))

	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))

	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(maps.Values(map[int]int{1: 10})))
	fmt.Println(cmp.Compare(1, 2), cmp.Less("b", "a"))
}
