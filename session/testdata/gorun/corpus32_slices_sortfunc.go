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
		{"Alice", 30},
		{"bob", 25},
		{"Carol", 30},
		{"dave", 22},
	}
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(people)

	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Or(
			-cmp.Compare(a.Age, b.Age),
			strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)),
		)
	})
	for _, p := range people {
		fmt.Printf("%-6s %d\n", p.Name, p.Age)
	}

	names := []string{"delta", "Alpha", "charlie", "Bravo"}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(names)
	slices.Sort(names)
	fmt.Println(names, slices.IsSorted(names))

	idx := slices.IndexFunc(people, func(p Person) bool { return p.Age < 25 })
	fmt.Println("first under 25 at", idx, people[idx].Name)
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("oldest:", oldest.Name)
}
