package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
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
	strs := []string{"c", "a", "b"}
	slices.Sort(strs)
	fmt.Println("Strings:", strs)

	ints := []int{7, 2, 4}
	slices.Sort(ints)
	fmt.Println("Ints:   ", ints)

	s := slices.IsSorted(ints)
	fmt.Println("Sorted: ", s)

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
		{Name: "Bea", Age: 25},
	}
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(people)

	words := []string{"banana", "kiwi", "apple", "fig"}
	sort.Sort(byLength(words))
	fmt.Println(words)

	nums := []int{5, 1, 4}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums)

	sort.Slice(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people)

	idx, found := slices.BinarySearch([]int{1, 3, 5, 7}, 5)
	fmt.Println(idx, found, slices.Max(ints), slices.Index(strs, "b"))
}
