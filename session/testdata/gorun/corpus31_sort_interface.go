// Implementing sort.Interface (Len, Less, Swap)
package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Age    int
	Salary float64
}

type ByAge []Employee

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type BySalary []Employee

func (s BySalary) Len() int           { return len(s) }
func (s BySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s BySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type byLength []string

func (s byLength) Len() int { return len(s) }
func (s byLength) Less(i, j int) bool {
	if len(s[i]) == len(s[j]) {
		return s[i] < s[j]
	}
	return len(s[i]) < len(s[j])
}
func (s byLength) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

func (e Employee) String() string {
	return fmt.Sprintf("%s (%d) $%.0f", e.Name, e.Age, e.Salary)
}

func main() {
	staff := []Employee{
		{"John", 42, 72000},
		{"Sara", 29, 81000},
		{"Mike", 35, 55000},
		{"Anna", 51, 98000},
	}

	sort.Sort(ByAge(staff))
	fmt.Println("By age:", staff)

	sort.Sort(sort.Reverse(BySalary(staff)))
	fmt.Println("By salary desc:")
	for _, e := range staff {
		fmt.Println(" ", e)
	}
	fmt.Println("sorted by salary?", sort.IsSorted(BySalary(staff)))

	fruits := []string{"peach", "banana", "kiwi", "fig", "apple", "plum"}
	sort.Sort(byLength(fruits))
	fmt.Println(fruits)
	fmt.Printf("%T %d\n", byLength(fruits), byLength(fruits).Len())

	var data sort.Interface = ByAge(staff)
	fmt.Printf("%T len=%d\n", data, data.Len())
	fmt.Printf("%v\n", staff[0])
	fmt.Printf("%+v\n", staff[1])
}
