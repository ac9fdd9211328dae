package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	fruits := []string{"peach", "banana", "kiwi"}
	lenCmp := func(a, b string) int {
		return cmp.Compare(len(a), len(b))
	}
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)
	people := []Person{{"Jax", 37}, {"TJ", 25}, {"Alex", 72}}
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(people)
	ints := []int{7, 2, 4}
	slices.Sort(ints)
	fmt.Println(ints, slices.IsSorted(ints))
	fmt.Println(slices.Contains(fruits, "kiwi"), slices.Index(fruits, "banana"))
	fmt.Println(slices.Max(ints), slices.Min(ints))
	rev := slices.Clone(ints)
	slices.Reverse(rev)
	fmt.Println(rev, ints)
	i, found := slices.BinarySearch(ints, 4)
	fmt.Println(i, found)
	names := []string{"b", "A", "c"}
	slices.SortFunc(names, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(names)
	fmt.Println(slices.Compact([]int{1, 1, 2, 3, 3, 3, 4}))
}
