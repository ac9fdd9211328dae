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

func main() {
	staff := []Employee{
		{"Alice", "eng", 120, 34},
		{"bob", "ops", 90, 45},
		{"Carol", "eng", 120, 29},
		{"Dave", "sales", 75, 29},
		{"Eve", "ops", 95, 38},
		{"frank", "eng", 110, 51},
	}

	slices.SortFunc(staff, func(a, b Employee) int {
		return cmp.Compare(a.Age, b.Age)
	})
	for _, e := range staff {
		fmt.Printf("%-6s %2d\n", e.Name, e.Age)
	}

	// Multi-key: department, then salary descending, then name.
	slices.SortStableFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Salary, b.Salary),
			strings.Compare(a.Name, b.Name),
		)
	})
	fmt.Println("by dept:")
	for _, e := range staff {
		fmt.Printf("  %+v\n", e)
	}

	// Case-insensitive name order.
	byName := slices.Clone(staff)
	slices.SortFunc(byName, func(a, b Employee) int {
		return cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	names := make([]string, len(byName))
	for i, e := range byName {
		names[i] = e.Name
	}
	fmt.Printf("%q\n", names)

	// BinarySearchFunc on the name-sorted slice.
	for _, q := range []string{"carol", "dan", "Frank"} {
		i, ok := slices.BinarySearchFunc(byName, q, func(e Employee, t string) int {
			return cmp.Compare(strings.ToLower(e.Name), strings.ToLower(t))
		})
		fmt.Printf("search %-5s -> %d %v\n", q, i, ok)
	}

	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	cheapest := slices.MinFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Salary, b.Salary) })
	fmt.Printf("oldest %v, cheapest %v\n", oldest, cheapest)

	idx := slices.IndexFunc(staff, func(e Employee) bool { return e.Dept == "sales" })
	fmt.Println("first sales at", idx, slices.ContainsFunc(staff, func(e Employee) bool { return e.Age > 50 }))

	sorted := slices.IsSortedFunc(byName, func(a, b Employee) int {
		return cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	fmt.Println("byName sorted:", sorted, cmp.Less(2, 3), cmp.Compare("b", "a"), min(3, 1, 2))
	fmt.Printf("%v\n", byName[:2])
}
