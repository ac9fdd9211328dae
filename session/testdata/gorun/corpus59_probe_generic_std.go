package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func groupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func main() {
	emps := []Employee{{"ann", "eng", 120}, {"bob", "ops", 90}, {"cy", "eng", 110}, {"di", "ops", 95}}
	slices.SortFunc(emps, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(a.Dept, b.Dept), cmp.Compare(b.Salary, a.Salary))
	})
	for _, e := range emps {
		fmt.Println(e.Dept, e.Name, e.Salary)
	}
	g := groupBy(emps, func(e Employee) string { return e.Dept })
	for _, k := range slices.Sorted(maps.Keys(g)) {
		total := 0
		for _, e := range g[k] {
			total += e.Salary
		}
		fmt.Println(k, len(g[k]), total)
	}
	i, found := slices.BinarySearchFunc(emps, "ops", func(e Employee, d string) int { return strings.Compare(e.Dept, d) })
	fmt.Println(i, found)
	idx := slices.IndexFunc(emps, func(e Employee) bool { return e.Salary < 100 })
	fmt.Println(idx, emps[idx].Name)
	names := make([]string, 0, len(emps))
	for _, e := range emps {
		names = append(names, e.Name)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	fmt.Println(names, slices.Contains(names, "cy"), slices.Index(names, "bob"))
	top := slices.MaxFunc(emps, func(a, b Employee) int { return a.Salary - b.Salary })
	fmt.Printf("%+v\n", top)
	m := map[string]int{"x": 1, "y": 2}
	m2 := maps.Clone(m)
	m2["z"] = 3
	fmt.Println(len(m), len(m2), maps.Equal(m, m2))
	fmt.Println(min(3, 1, 2), max("a", "b"))
}
