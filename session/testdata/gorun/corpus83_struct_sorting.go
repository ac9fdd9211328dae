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

type bySalary []Employee

func (s bySalary) Len() int           { return len(s) }
func (s bySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s bySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	staff := []Employee{
		{"Ann", "eng", 120, 34}, {"Bob", "ops", 90, 45}, {"Cid", "eng", 120, 29},
		{"Dee", "sales", 75, 38}, {"Eve", "ops", 95, 31}, {"Fay", "eng", 140, 41},
	}
	s1 := slices.Clone(staff)
	sort.Sort(sort.Reverse(bySalary(s1)))
	for _, e := range s1[:3] {
		fmt.Printf("%-4s %3d\n", e.Name, e.Salary)
	}
	s2 := slices.Clone(staff)
	slices.SortStableFunc(s2, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(a.Dept, b.Dept), cmp.Compare(b.Salary, a.Salary), strings.Compare(a.Name, b.Name))
	})
	for _, e := range s2 {
		fmt.Print(e.Dept, ":", e.Name, " ")
	}
	fmt.Println()
	oldest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Printf("%+v\n", oldest)
	idx, found := slices.BinarySearchFunc(s1, 95, func(e Employee, t int) int { return cmp.Compare(t, e.Salary) })
	fmt.Println(idx, found)
	groups := map[string][]string{}
	for _, e := range staff {
		groups[e.Dept] = append(groups[e.Dept], e.Name)
	}
	depts := slices.Sorted(func(yield func(string) bool) {
		for k := range groups {
			if !yield(k) {
				return
			}
		}
	})
	for _, d := range depts {
		fmt.Println(d, groups[d], len(groups[d]))
	}
	fmt.Println(slices.IsSortedFunc(s2, func(a, b Employee) int { return cmp.Compare(a.Dept, b.Dept) }))
}
