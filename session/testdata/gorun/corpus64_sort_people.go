package main

import (
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

type BySalary []Employee

func (s BySalary) Len() int           { return len(s) }
func (s BySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s BySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	staff := []Employee{
		{"Alice", "eng", 120, 34},
		{"Bob", "ops", 90, 45},
		{"Carol", "eng", 135, 29},
		{"Dan", "sales", 90, 38},
		{"Eve", "ops", 100, 31},
		{"Frank", "eng", 120, 41},
	}

	sort.Sort(BySalary(staff))
	for _, e := range staff {
		fmt.Printf("%-6s %4d\n", e.Name, e.Salary)
	}

	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Dept < staff[j].Dept })
	fmt.Println("stable by dept:")
	for _, e := range staff {
		fmt.Println(" ", e.Dept, e.Name, e.Salary)
	}

	slices.SortFunc(staff, func(a, b Employee) int {
		if c := strings.Compare(a.Dept, b.Dept); c != 0 {
			return c
		}
		return b.Age - a.Age
	})
	fmt.Printf("%v\n", staff[:2])

	totals := map[string]int{}
	for _, e := range staff {
		totals[e.Dept] += e.Salary
	}
	depts := make([]string, 0, len(totals))
	for d := range totals {
		depts = append(depts, d)
	}
	sort.Slice(depts, func(i, j int) bool {
		if totals[depts[i]] != totals[depts[j]] {
			return totals[depts[i]] > totals[depts[j]]
		}
		return depts[i] < depts[j]
	})
	for i, d := range depts {
		fmt.Printf("%d. %s %d\n", i+1, d, totals[d])
	}

	ages := []int{34, 45, 29, 38, 31, 41}
	sort.Ints(ages)
	i := sort.SearchInts(ages, 38)
	fmt.Println(ages, i, sort.IntsAreSorted(ages))
	idx, found := slices.BinarySearch(ages, 40)
	fmt.Println(idx, found, slices.Max(ages), slices.Min(ages), slices.Contains(ages, 29))
	names := []string{"bob", "Alice", "carol", "Dan"}
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(names, slices.Index(names, "carol"))
}
