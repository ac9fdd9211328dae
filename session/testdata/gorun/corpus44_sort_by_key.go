package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

type bySalary []Employee

func (s bySalary) Len() int           { return len(s) }
func (s bySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s bySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	staff := []Employee{
		{"Alice", "eng", 120},
		{"Bob", "ops", 90},
		{"Carol", "eng", 135},
		{"Dan", "ops", 90},
		{"Eve", "sales", 70},
	}

	s1 := slices.Clone(staff)
	sort.Sort(bySalary(s1))
	for _, e := range s1 {
		fmt.Print(e.Name, " ")
	}
	fmt.Println()

	s2 := slices.Clone(staff)
	sort.SliceStable(s2, func(i, j int) bool { return s2[i].Dept < s2[j].Dept })
	fmt.Println(s2)

	slices.SortFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Salary, b.Salary),
			strings.Compare(a.Name, b.Name),
		)
	})
	for _, e := range staff {
		fmt.Printf("%-6s %-5s %d\n", e.Name, e.Dept, e.Salary)
	}

	idx, found := slices.BinarySearchFunc(staff, "ops", func(e Employee, d string) int {
		return cmp.Compare(e.Dept, d)
	})
	fmt.Println("first ops at", idx, found)
	top := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Salary, b.Salary) })
	fmt.Printf("%+v\n", top)
}
