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
	lenCmp := func(a, b string) int { return cmp.Compare(len(a), len(b)) }
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)

	people := []Person{{"Jax", 37}, {"TJ", 25}, {"Alex", 72}, {"Bo", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(people)
	i, found := slices.BinarySearchFunc(people, 37, func(p Person, age int) int { return cmp.Compare(p.Age, age) })
	fmt.Println(i, found)

	words := byLength{"ccc", "a", "bb", "dddd", "ee"}
	sort.Sort(words)
	fmt.Println(words, sort.IsSorted(words))
	sort.Stable(sort.Reverse(words))
	fmt.Println(words)

	byAgeDesc := append([]Person(nil), people...)
	sort.SliceStable(byAgeDesc, func(i, j int) bool { return byAgeDesc[i].Age > byAgeDesc[j].Age })
	fmt.Println(byAgeDesc, people[0])

	ints := []int{7, 2, 4}
	slices.Sort(ints)
	fmt.Println(ints, slices.IsSorted(ints), slices.Max(ints), slices.Index(ints, 4))
	idx := sort.SearchInts(ints, 5)
	ints = slices.Insert(ints, idx, 5)
	slices.Reverse(ints)
	fmt.Println(ints, len(ints), cap(ints) >= 4)
}
