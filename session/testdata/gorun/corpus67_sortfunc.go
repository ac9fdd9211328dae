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
	idx, found := slices.BinarySearchFunc([]Person{{"a", 1}, {"b", 5}, {"c", 9}}, 5, func(p Person, age int) int {
		return cmp.Compare(p.Age, age)
	})
	fmt.Println(idx, found)
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("oldest:", oldest.Name)
	words := []string{"banana", "Apple", "cherry", "apple"}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(words)
	fmt.Println(cmp.Compare(2, 3), cmp.Compare("b", "a"), cmp.Less(1.5, 1.5))
	i := slices.IndexFunc(people, func(p Person) bool { return p.Age < 25 })
	fmt.Println(i, people[i])
}
