package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

func MinBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if key(x) < key(best) {
			best = x
		}
	}
	return best, true
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	return MinBy(xs, func(t T) K { return key(t) })
}

func main() {
	staff := []Employee{
		{"Alice", "eng", 120, 34},
		{"bob", "eng", 100, 28},
		{"Carol", "ops", 100, 45},
		{"dave", "eng", 120, 30},
		{"Eve", "ops", 90, 29},
	}
	slices.SortFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Salary, b.Salary),
			strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)),
		)
	})
	for _, e := range staff {
		fmt.Printf("%-4s %-6s %d\n", e.Dept, e.Name, e.Salary)
	}
	youngest, _ := MinBy(staff, func(e Employee) int { return e.Age })
	fmt.Printf("%+v\n", youngest)
	first, _ := MaxBy(staff, func(e Employee) string { return e.Name })
	fmt.Println(first.Name)
	_, ok := MinBy([]Employee{}, func(e Employee) int { return e.Age })
	fmt.Println(ok)

	fmt.Println(cmp.Compare(2, 3), cmp.Compare("b", "a"), cmp.Less(1.5, 1.5), min(3, 1, 2), max("a", "z"))
	fmt.Println(cmp.Or("", "default"), cmp.Or(0, 0, 7))
	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest.Name, slices.IndexFunc(staff, func(e Employee) bool { return e.Name == "Eve" }))
}
