package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type Person struct {
	name string
	age  int
}

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
		Person{name: "Jax", age: 37},
		Person{name: "TJ", age: 25},
		Person{name: "Alex", age: 72},
	}
	slices.SortFunc(people,
		func(a, b Person) int {
			return cmp.Compare(a.age, b.age)
		})
	fmt.Println(people)
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(len(a.name), len(b.name)), cmp.Compare(a.name, b.name))
	})
	fmt.Println(people)
	i, found := slices.BinarySearch(strs, "b")
	fmt.Println(i, found)
	fl := []float64{2.5, -1, 3}
	sort.Float64s(fl)
	fmt.Println(fl)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	fmt.Println(cmp.Compare("a", "b"), min(3, 1, 2), max(2.5, 1))
	rev := slices.Clone(ints)
	slices.SortFunc(rev, func(a, b int) int { return cmp.Compare(b, a) })
	fmt.Println(rev)
}
