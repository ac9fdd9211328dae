package main

import (
	"cmp"
	"fmt"
	"maps"
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
		{"Ivy", "eng", 120, 31},
		{"Abe", "ops", 90, 45},
		{"Kim", "eng", 120, 28},
		{"Zoe", "sales", 70, 39},
		{"Lou", "ops", 95, 45},
		{"Ann", "eng", 150, 52},
	}

	// Sort by department, then salary descending, then name.
	slices.SortFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			-cmp.Compare(a.Salary, b.Salary),
			strings.Compare(a.Name, b.Name),
		)
	})
	for _, e := range staff {
		fmt.Printf("%-5s %-3s %d\n", e.Dept, e.Name, e.Salary)
	}

	byDept := map[string][]string{}
	payroll := map[string]int{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
		payroll[e.Dept] += e.Salary
	}
	for _, d := range slices.Sorted(maps.Keys(byDept)) {
		fmt.Println(d, byDept[d], payroll[d])
	}
	fmt.Println(slices.Sorted(maps.Values(payroll)))

	i := slices.IndexFunc(staff, func(e Employee) bool { return e.Age > 50 })
	fmt.Println("first over 50:", i, staff[i].Name)
	fmt.Println(slices.ContainsFunc(staff, func(e Employee) bool { return e.Salary < 60 }))
	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("oldest:", oldest.Name)
	youngest := slices.MinFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Printf("youngest: %+v\n", youngest)

	names := make([]string, 0, len(staff))
	for _, e := range staff {
		names = append(names, e.Name)
	}
	for chunk := range slices.Chunk(names, 4) {
		fmt.Println("chunk", chunk, len(chunk), cap(chunk))
	}

	ages := map[string]int{}
	for _, e := range staff {
		ages[e.Name] = e.Age
	}
	copyAges := maps.Clone(ages)
	maps.DeleteFunc(copyAges, func(name string, age int) bool { return age >= 40 })
	fmt.Println(copyAges, len(ages))
	idx := maps.Collect(slices.All(names))
	fmt.Println(idx)

	nick := ""
	title := cmp.Or(nick, "anonymous")
	fmt.Println(title, cmp.Or(0, 0, 3, 4), cmp.Or[string]())

	fmt.Println(min(3, 1, 2), max(2.5, 1), min("pear", "apple", "fig"), max('a', 'b'))
	clear(ages)
	buf := []int{1, 2, 3}
	clear(buf)
	fmt.Println(len(ages), buf)

	pos, found := slices.BinarySearchFunc(staff, "ops", func(e Employee, d string) int {
		return cmp.Compare(e.Dept, d)
	})
	fmt.Println(pos, found, staff[pos].Name)
	staff = slices.DeleteFunc(staff, func(e Employee) bool { return e.Dept == "ops" })
	fmt.Println(len(staff), slices.Equal(names[:2], []string{staff[0].Name, staff[1].Name}))
}
