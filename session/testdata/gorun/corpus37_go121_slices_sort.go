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
}

func main() {
	staff := []Employee{
		{"Ines", "eng", 9100},
		{"Bob", "ops", 6400},
		{"Ana", "eng", 8800},
		{"Kofi", "ops", 7200},
		{"Mei", "sales", 6400},
	}

	slices.SortFunc(staff, func(a, b Employee) int {
		if c := cmp.Compare(a.Dept, b.Dept); c != 0 {
			return c
		}
		return cmp.Compare(b.Salary, a.Salary)
	})
	for _, e := range staff {
		fmt.Printf("%-6s %-5s %d\n", e.Name, e.Dept, e.Salary)
	}

	names := make([]string, 0, len(staff))
	for _, e := range staff {
		names = append(names, e.Name)
	}
	slices.Sort(names)
	fmt.Println(strings.Join(names, ","))
	i, found := slices.BinarySearch(names, "Kofi")
	fmt.Println("Kofi at", i, found)
	i, found = slices.BinarySearch(names, "Carl")
	fmt.Println("Carl would go at", i, found)

	salaries := []int{}
	for _, e := range staff {
		salaries = append(salaries, e.Salary)
	}
	fmt.Println("max", slices.Max(salaries), "min", slices.Min(salaries))
	fmt.Println("contains 6400:", slices.Contains(salaries, 6400))
	fmt.Println("index of 7200:", slices.Index(salaries, 7200))

	slices.SortStableFunc(staff, func(a, b Employee) int {
		return cmp.Compare(a.Salary, b.Salary)
	})
	fmt.Println(staff[0].Name, staff[1].Name)

	rev := slices.Clone(names)
	slices.Reverse(rev)
	fmt.Println(rev, names)
	fmt.Println("sorted?", slices.IsSorted(names), slices.IsSorted(rev))
	fmt.Println(slices.Equal(names, rev))
}
