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

type BySalary []Employee

func (s BySalary) Len() int           { return len(s) }
func (s BySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s BySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// multiSorter sorts by several keys in turn.
type lessFunc func(a, b *Employee) bool

type multiSorter struct {
	emps []Employee
	less []lessFunc
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (ms *multiSorter) Sort(emps []Employee) {
	ms.emps = emps
	sort.Sort(ms)
}

func (ms *multiSorter) Len() int      { return len(ms.emps) }
func (ms *multiSorter) Swap(i, j int) { ms.emps[i], ms.emps[j] = ms.emps[j], ms.emps[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.emps[i], &ms.emps[j]
	var k int
	for k = 0; k < len(ms.less)-1; k++ {
		switch {
		case ms.less[k](p, q):
			return true
		case ms.less[k](q, p):
			return false
		}
	}
	return ms.less[k](p, q)
}

func names(es []Employee) string {
	var out []string
	for _, e := range es {
		out = append(out, e.Name)
	}
	return strings.Join(out, ",")
}

func main() {
	staff := []Employee{
		{"Ann", "eng", 120, 34},
		{"Bob", "ops", 90, 45},
		{"Cid", "eng", 120, 29},
		{"Dee", "sales", 70, 38},
		{"Eve", "ops", 90, 31},
		{"Fay", "eng", 150, 41},
	}
	s := append([]Employee(nil), staff...)
	sort.Sort(BySalary(s))
	fmt.Println("by salary:", names(s))
	sort.Sort(sort.Reverse(BySalary(s)))
	fmt.Println("reversed: ", names(s))
	fmt.Println("sorted?", sort.IsSorted(BySalary(s)), sort.IsSorted(sort.Reverse(BySalary(s))))

	dept := func(a, b *Employee) bool { return a.Dept < b.Dept }
	salaryDesc := func(a, b *Employee) bool { return a.Salary > b.Salary }
	age := func(a, b *Employee) bool { return a.Age < b.Age }
	OrderedBy(dept, salaryDesc, age).Sort(s)
	for _, e := range s {
		fmt.Printf("  %-5s %-3s %3d %d\n", e.Dept, e.Name, e.Salary, e.Age)
	}
	sort.SliceStable(s, func(i, j int) bool { return s[i].Age/10 < s[j].Age/10 })
	fmt.Println("by decade, stable:", names(s))

	i := sort.Search(len(s), func(i int) bool { return s[i].Age/10 >= 4 })
	fmt.Println("first in forties:", s[i].Name)
	ints := []int{5, 2, 8, 1}
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 5), sort.SearchInts(ints, 6))
}
