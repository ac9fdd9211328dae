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

func (e Employee) String() string {
	return fmt.Sprintf("%s(%s,%d,%d)", e.Name, e.Dept, e.Salary, e.Age)
}

func main() {
	staff := []Employee{
		{"Alice", "eng", 120000, 34},
		{"bob", "ops", 90000, 45},
		{"Carol", "eng", 120000, 29},
		{"Dan", "sales", 70000, 38},
		{"Eve", "ops", 95000, 31},
		{"frank", "eng", 110000, 29},
	}

	byAge := slices.Clone(staff)
	slices.SortFunc(byAge, func(a, b Employee) int {
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println("by age:", byAge)

	// dept ascending, salary descending, name ascending
	multi := slices.Clone(staff)
	slices.SortFunc(multi, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			cmp.Compare(b.Salary, a.Salary),
			strings.Compare(a.Name, b.Name),
		)
	})
	for _, e := range multi {
		fmt.Println(" ", e)
	}

	ci := slices.Clone(staff)
	slices.SortFunc(ci, func(a, b Employee) int {
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	fmt.Println("case-insensitive:", ci)

	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	youngest := slices.MinFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("oldest:", oldest.Name, "youngest:", youngest.Name)

	fmt.Println("sorted by age?", slices.IsSortedFunc(byAge, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) }))
	idx := slices.IndexFunc(staff, func(e Employee) bool { return e.Dept == "sales" })
	fmt.Println("first sales at", idx)
	fmt.Println("any over 100k in ops?", slices.ContainsFunc(staff, func(e Employee) bool { return e.Dept == "ops" && e.Salary > 100000 }))
}
