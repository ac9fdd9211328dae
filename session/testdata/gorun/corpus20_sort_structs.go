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
}

type BySalary []Employee

func (s BySalary) Len() int           { return len(s) }
func (s BySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s BySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	staff := []Employee{
		{"Zoe", "eng", 120},
		{"Adam", "ops", 90},
		{"Mia", "eng", 120},
		{"Liam", "sales", 70},
		{"Eve", "ops", 95},
	}
	sort.Sort(BySalary(staff))
	for _, e := range staff {
		fmt.Printf("%-5s %-5s %d\n", e.Name, e.Dept, e.Salary)
	}
	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Dept < staff[j].Dept })
	fmt.Println(staff)
	sort.Slice(staff, func(i, j int) bool {
		a, b := staff[i], staff[j]
		if a.Salary != b.Salary {
			return a.Salary > b.Salary
		}
		return a.Name < b.Name
	})
	names := make([]string, len(staff))
	for i, e := range staff {
		names[i] = e.Name
	}
	fmt.Println(strings.Join(names, ","))

	byDept := map[string][]Employee{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e)
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		total := 0
		for _, e := range byDept[d] {
			total += e.Salary
		}
		fmt.Printf("%s: %d people, total %d\n", d, len(byDept[d]), total)
	}
	idx := sort.Search(len(staff), func(i int) bool { return staff[i].Salary <= 90 })
	fmt.Println("first <= 90 at", idx, staff[idx].Name)
	fmt.Println(sort.IsSorted(sort.Reverse(BySalary(staff))))
	words := []string{"banana", "Apple", "cherry", "apple"}
	sort.SliceStable(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	fmt.Println(words)
}
