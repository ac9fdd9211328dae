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
	Age    int
}

func main() {
	staff := []Employee{
		{"Zoe", "eng", 120, 31},
		{"Adam", "ops", 90, 45},
		{"Mia", "eng", 120, 28},
		{"Liam", "eng", 150, 39},
		{"Nora", "ops", 95, 33},
		{"Ivan", "sales", 70, 25},
	}
	sort.Slice(staff, func(i, j int) bool {
		a, b := staff[i], staff[j]
		if a.Dept != b.Dept {
			return a.Dept < b.Dept
		}
		if a.Salary != b.Salary {
			return a.Salary > b.Salary
		}
		return a.Name < b.Name
	})
	for _, e := range staff {
		fmt.Printf("%-5s %-4s %3d\n", e.Dept, e.Name, e.Salary)
	}

	slices.SortFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Age/10, b.Age/10),
			strings.Compare(a.Name, b.Name),
		)
	})
	for _, e := range staff {
		fmt.Print(e.Name, ":", e.Age, " ")
	}
	fmt.Println()

	slices.SortStableFunc(staff, func(a, b Employee) int {
		return cmp.Compare(b.Salary, a.Salary)
	})
	fmt.Println(staff[0].Name, staff[1].Name, staff[len(staff)-1].Name)

	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("oldest:", oldest.Name)
	i, found := slices.BinarySearchFunc([]int{10, 20, 30}, 25, func(e, t int) int { return cmp.Compare(e, t) })
	fmt.Println(i, found)

	names := []string{"banana", "Apple", "cherry", "apple"}
	sort.SliceStable(names, func(i, j int) bool {
		return strings.ToLower(names[i]) < strings.ToLower(names[j])
	})
	fmt.Println(names)
	fmt.Println(cmp.Compare(1.5, 2.0), cmp.Less("b", "a"), cmp.Or("", "default"), cmp.Or(0, 0, 7))
	byDept := map[string][]string{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	for _, d := range slices.Sorted(func(yield func(string) bool) {
		for k := range byDept {
			if !yield(k) {
				return
			}
		}
	}) {
		fmt.Println(d, byDept[d])
	}
}
