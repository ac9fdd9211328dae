package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type multiSorter struct {
	people []Person
	less   []func(a, b *Person) bool
}

func (ms *multiSorter) Len() int      { return len(ms.people) }
func (ms *multiSorter) Swap(i, j int) { ms.people[i], ms.people[j] = ms.people[j], ms.people[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.people[i], &ms.people[j]
	for _, l := range ms.less {
		if l(p, q) {
			return true
		}
		if l(q, p) {
			return false
		}
	}
	return false
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 25}, {"Eve", 30}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	sort.Stable(ByAge(people))
	fmt.Println(people)

	ms := &multiSorter{people: people, less: []func(a, b *Person) bool{
		func(a, b *Person) bool { return a.Age < b.Age },
		func(a, b *Person) bool { return a.Name > b.Name },
	}}
	sort.Sort(ms)
	fmt.Println(people)
	fmt.Println(sort.IsSorted(ByAge(people)))

	ints := []int{5, 2, 8, 1, 9}
	sort.Ints(ints)
	i := sort.SearchInts(ints, 8)
	fmt.Println(ints, i, sort.SearchInts(ints, 3))
	strs := sort.StringSlice{"pear", "apple", "fig"}
	strs.Sort()
	fmt.Println(strs, strs.Search("fig"))
	sort.Slice(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
}
