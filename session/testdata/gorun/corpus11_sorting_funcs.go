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
		{Name: "Bo", Age: 25},
	}
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(people)
	words := []string{"ccc", "a", "bb", "dddd"}
	sort.Sort(byLength(words))
	fmt.Println(words)
	sort.Sort(sort.Reverse(byLength(words)))
	fmt.Println(words)
	sort.Slice(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people)
	ints := []int{7, 2, 4}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 4))
	idx, ok := slices.BinarySearchFunc(people, "TJ", func(p Person, name string) int {
		return strings.Compare(p.Name, name)
	})
	fmt.Println(idx, ok)
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest)
}
