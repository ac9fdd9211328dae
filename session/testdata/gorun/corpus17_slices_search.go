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
	xs := []int{1, 3, 5, 7, 9}
	i, found := slices.BinarySearch(xs, 5)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(xs, 6)
	fmt.Println(i, found)
	xs = slices.Insert(xs, i, 6)
	fmt.Println(xs)
	xs = slices.Delete(xs, 0, 2)
	fmt.Println(xs, slices.Index(xs, 7), slices.Contains(xs, 1))
	dups := []string{"a", "a", "b", "c", "c", "c", "a"}
	fmt.Println(slices.Compact(dups))
	r := []int{1, 2, 3, 4}
	slices.Reverse(r)
	fmt.Println(r, slices.Max(r), slices.Min(r))
	people := []Person{{"Alice", 30}, {"bob", 25}, {"Carol", 30}, {"dave", 25}}
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(
			cmp.Compare(b.Age, a.Age),
			strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)),
		)
	})
	for _, p := range people {
		fmt.Printf("%-6s %d\n", p.Name, p.Age)
	}
	j, ok := slices.BinarySearchFunc(people, 25, func(p Person, age int) int {
		return cmp.Compare(age, p.Age)
	})
	fmt.Println(j, ok)
	idx := slices.IndexFunc(people, func(p Person) bool { return p.Name == "Carol" })
	fmt.Println("Carol at", idx)
	fmt.Println(cmp.Or("", "", "default"), cmp.Or(0, 4, 5))
}
