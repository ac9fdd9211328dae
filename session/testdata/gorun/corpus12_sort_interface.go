package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s(%d)", p.Name, p.Age) }

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type By func(p1, p2 *Person) bool

func (by By) Sort(people []Person) {
	sort.Sort(&personSorter{people: people, by: by})
}

type personSorter struct {
	people []Person
	by     By
}

func (s *personSorter) Len() int           { return len(s.people) }
func (s *personSorter) Swap(i, j int)      { s.people[i], s.people[j] = s.people[j], s.people[i] }
func (s *personSorter) Less(i, j int) bool { return s.by(&s.people[i], &s.people[j]) }

func main() {
	people := []Person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 25}, {"Eve", 30},
	}
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people[0], people[len(people)-1])

	name := func(p1, p2 *Person) bool { return p1.Name < p2.Name }
	By(name).Sort(people)
	fmt.Println(people)

	ints := []int{5, 2, 6, 3, 1, 4}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	i := sort.SearchInts(ints, 4)
	fmt.Println("4 at", i)
	strs := []string{"peach", "banana", "kiwi"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := sort.Float64Slice{2.5, -1, 3.25}
	fl.Sort()
	fmt.Println(fl, fl.Search(3.25))
	idx := sort.Search(len(people), func(i int) bool { return people[i].Name >= "Carol" })
	fmt.Println(idx, people[idx])
}
