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
		{"Alice", "eng", 120000, 34},
		{"Bob", "eng", 95000, 28},
		{"Carol", "sales", 70000, 45},
		{"Dan", "sales", 64000, 23},
		{"Eve", "ops", 88000, 39},
		{"Frank", "eng", 132500, 51},
	}
	fmt.Printf("%-10s|%-6s|%9s|%4s\n", "name", "dept", "salary", "age")
	fmt.Println(strings.Repeat("-", 32))
	for _, e := range staff {
		fmt.Printf("%-10s|%-6s|%9d|%4d\n", e.Name, e.Dept, e.Salary, e.Age)
	}

	type agg struct {
		count int
		total int
	}
	by := map[string]*agg{}
	for _, e := range staff {
		a, ok := by[e.Dept]
		if !ok {
			a = &agg{}
			by[e.Dept] = a
		}
		a.count++
		a.total += e.Salary
	}
	depts := make([]string, 0, len(by))
	for d := range by {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	fmt.Println()
	fmt.Printf("%-6s|%6s|%12s\n", "dept", "count", "avg")
	for _, d := range depts {
		a := by[d]
		fmt.Printf("%-6s|%6d|%12.2f\n", d, a.count, float64(a.total)/float64(a.count))
	}

	fmt.Println()
	buckets := make([]int, 4)
	for _, e := range staff {
		buckets[(e.Age-20)/10]++
	}
	for i, n := range buckets {
		lo := 20 + i*10
		fmt.Printf("%2d-%-2d %-8s %d\n", lo, lo+9, strings.Repeat("*", n), n)
	}
}
