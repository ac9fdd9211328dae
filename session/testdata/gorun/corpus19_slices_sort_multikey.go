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
		{"Bob", "sales", 90, 45},
		{"Carol", "eng", 120, 29},
		{"Dan", "ops", 80, 38},
		{"Eve", "sales", 95, 31},
		{"Frank", "eng", 110, 41},
	}

	slices.SortFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Salary, b.Salary),
			strings.Compare(a.Name, b.Name),
		)
	})
	for _, e := range staff {
		fmt.Printf("%-6s %-5s %4d %d\n", e.Name, e.Dept, e.Salary, e.Age)
	}

	fmt.Println("--- stable by age bucket")
	slices.SortStableFunc(staff, func(a, b Employee) int {
		return cmp.Compare(a.Age/10, b.Age/10)
	})
	for _, e := range staff {
		fmt.Println(e.Age/10*10, e.Name)
	}

	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("oldest:", oldest.Name)
	idx := slices.IndexFunc(staff, func(e Employee) bool { return e.Dept == "ops" })
	fmt.Println("ops at", idx)
	fmt.Println(cmp.Less(1.5, 2.0), cmp.Compare("b", "a"), cmp.Or("", "default"), cmp.Or(0, 0, 7))
}
