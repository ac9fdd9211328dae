package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Employee struct {
	Name string
	Dept string
	Age  int
}

func main() {
	fmt.Println(min(3, 1, 2), max(2.5, 1.0), min("b", "a"))
	m := map[string]int{"a": 1}
	clear(m)
	fmt.Println(len(m))
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s)

	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.5, 2.5))
	fmt.Println(cmp.Or("", "default"), cmp.Or(0, 0, 7), cmp.Or[string]())

	staff := []Employee{
		{"Ann", "eng", 31}, {"Bob", "ops", 25}, {"Cid", "eng", 25}, {"Dee", "ops", 40},
	}
	slices.SortFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			cmp.Compare(b.Age, a.Age),
			strings.Compare(a.Name, b.Name),
		)
	})
	for _, e := range staff {
		fmt.Printf("%s/%s/%d ", e.Dept, e.Name, e.Age)
	}
	fmt.Println()
	slices.SortStableFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(staff)
	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("oldest", oldest.Name)

	xs := []int{5, 2, 8, 2, 9, 1, 5, 5}
	slices.Sort(xs)
	fmt.Println(xs, slices.Max(xs), slices.Min(xs))
	i, found := slices.BinarySearch(xs, 8)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(xs, 3)
	fmt.Println(i, found)
	xs = slices.Compact(xs)
	fmt.Println(xs, slices.Index(xs, 9), slices.Contains(xs, 4))
	slices.Reverse(xs)
	fmt.Println(xs)
	fmt.Println(slices.ContainsFunc(xs, func(x int) bool { return x > 8 }))
	fmt.Println(slices.IndexFunc(xs, func(x int) bool { return x%2 == 0 }))
	xs = slices.DeleteFunc(xs, func(x int) bool { return x%2 == 1 })
	fmt.Println(xs, len(xs))
	j, ok := slices.BinarySearchFunc(staff, 31, func(e Employee, age int) int { return cmp.Compare(e.Age, age) })
	fmt.Println(j, ok)
}
