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
	people := []Person{
		{"Gopher", 13},
		{"Alice", 55},
		{"Bob", 24},
		{"Alice", 20},
		{"Carol", 24},
	}

	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(
			cmp.Compare(a.Age, b.Age),
			strings.Compare(a.Name, b.Name),
		)
	})
	for _, p := range people {
		fmt.Printf("%s (%d)\n", p.Name, p.Age)
	}

	slices.SortStableFunc(people, func(a, b Person) int {
		return strings.Compare(a.Name, b.Name)
	})
	fmt.Println(people)

	i, ok := slices.BinarySearchFunc(people, "Bob", func(p Person, name string) int {
		return strings.Compare(p.Name, name)
	})
	fmt.Println("Bob at", i, ok)

	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("oldest:", oldest.Name)

	fmt.Println(cmp.Compare(1.5, 2.5), cmp.Compare("b", "a"), cmp.Less(3, 4))
	fmt.Println(slices.IsSortedFunc(people, func(a, b Person) int { return strings.Compare(a.Name, b.Name) }))
}
