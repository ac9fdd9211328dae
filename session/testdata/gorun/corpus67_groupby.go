package main

import (
	"fmt"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	groups := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		groups[k] = append(groups[k], x)
	}
	return groups
}

func SumBy[T any](xs []T, f func(T) int) int {
	total := 0
	for _, x := range xs {
		total += f(x)
	}
	return total
}

func main() {
	staff := []Employee{
		{"Alice", "eng", 120},
		{"Bob", "sales", 80},
		{"Carol", "eng", 110},
		{"Dan", "ops", 90},
		{"Eve", "sales", 85},
	}
	byDept := GroupBy(staff, func(e Employee) string { return e.Dept })
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	slices.Sort(depts)
	for _, d := range depts {
		members := byDept[d]
		names := make([]string, len(members))
		for i, m := range members {
			names[i] = m.Name
		}
		fmt.Printf("%-6s %d people, total %d: %s\n", d, len(members),
			SumBy(members, func(e Employee) int { return e.Salary }), strings.Join(names, ", "))
	}
	byLen := GroupBy([]string{"a", "bb", "cc", "d", "eee"}, func(s string) int { return len(s) })
	for n := 1; n <= 3; n++ {
		fmt.Println(n, byLen[n])
	}
}
