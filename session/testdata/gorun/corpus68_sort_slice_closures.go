package main

import (
	"fmt"
	"sort"
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
		{"Bob", "ops", 90, 45},
		{"Carol", "eng", 120, 29},
		{"Dan", "sales", 70, 38},
		{"Eve", "ops", 95, 31},
		{"Frank", "eng", 110, 41},
	}
	sort.Slice(staff, func(i, j int) bool {
		if staff[i].Salary != staff[j].Salary {
			return staff[i].Salary > staff[j].Salary
		}
		return staff[i].Name < staff[j].Name
	})
	for _, e := range staff {
		fmt.Printf("%-6s %-5s %d\n", e.Name, e.Dept, e.Salary)
	}

	by := func(less func(a, b Employee) bool) func(i, j int) bool {
		return func(i, j int) bool { return less(staff[i], staff[j]) }
	}
	sort.SliceStable(staff, by(func(a, b Employee) bool { return a.Dept < b.Dept }))
	fmt.Println("---")
	for _, e := range staff {
		fmt.Printf("%-5s %-6s age %d\n", e.Dept, e.Name, e.Age)
	}

	words := strings.Fields("banana Apple cherry apple Banana date")
	sort.Slice(words, func(i, j int) bool {
		a, b := strings.ToLower(words[i]), strings.ToLower(words[j])
		if a != b {
			return a < b
		}
		return words[i] < words[j]
	})
	fmt.Println(words)

	idx := sort.Search(len(staff), func(i int) bool { return staff[i].Dept >= "ops" })
	fmt.Println("first ops index:", idx, staff[idx].Name)
	fmt.Println(sort.SliceIsSorted(words, func(i, j int) bool { return len(words[i]) < len(words[j]) }))
}
