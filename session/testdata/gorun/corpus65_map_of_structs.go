package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary float64
}

func main() {
	staff := map[int]Employee{
		101: {"Ana", "Engineering", 85000},
		102: {"Ben", "Marketing", 62000},
		103: {"Cara", "Engineering", 91000},
		104: {"Dan", "Sales", 55000},
	}

	ids := make([]int, 0, len(staff))
	for id := range staff {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		e := staff[id]
		fmt.Printf("%d: %-5s %-12s %9.2f\n", id, e.Name, e.Dept, e.Salary)
	}

	e := staff[102]
	e.Salary *= 1.1
	staff[102] = e
	fmt.Printf("Ben now earns %.2f\n", staff[102].Salary)

	if _, ok := staff[200]; !ok {
		fmt.Println("no employee 200")
	}

	byDept := map[string][]string{}
	totals := map[string]float64{}
	for _, id := range ids {
		e := staff[id]
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
		totals[e.Dept] += e.Salary
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		fmt.Printf("%s: %v total=%.2f\n", d, byDept[d], totals[d])
	}

	ptrs := map[string]*Employee{}
	for _, id := range ids {
		e := staff[id]
		ptrs[e.Name] = &e
	}
	ptrs["Dan"].Salary = 60000
	fmt.Println(ptrs["Dan"].Salary, staff[104].Salary)

	delete(staff, 101)
	fmt.Println(len(staff))
	fmt.Println(staff[101].Name == "")
}
