package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	fruits := []string{"peach", "banana", "kiwi"}
	lenCmp := func(a, b string) int {
		return cmp.Compare(len(a), len(b))
	}
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)

	people := []Person{
		{Name: "Jax", Age: 37},
		{Name: "TJ", Age: 25},
		{Name: "Alex", Age: 72},
	}
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(people)

	words := byLength{"grape", "fig", "apple", "kiwi"}
	sort.Sort(words)
	fmt.Println(words)

	ps := []Person{{"Bob", 31}, {"Alice", 23}, {"Eve", 44}}
	sort.Sort(ByAge(ps))
	fmt.Println(ps)
	sort.Sort(sort.Reverse(ByAge(ps)))
	fmt.Println(ps)

	sort.Slice(ps, func(i, j int) bool { return ps[i].Name < ps[j].Name })
	fmt.Println(ps)

	names := []string{"bob", "Alice", "carol"}
	slices.SortStableFunc(names, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(names)
	idx, found := slices.BinarySearchFunc(people, 37, func(p Person, age int) int {
		return cmp.Compare(p.Age, age)
	})
	fmt.Println(idx, found)
	fmt.Println(sort.IsSorted(words))
}
