package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string {
	return fmt.Sprintf("%s: %d", p.Name, p.Age)
}

// ByAge implements sort.Interface for []Person based on the Age field.
type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

// ByName embeds ByAge and overrides Less only.
type ByName struct{ ByAge }

func (a ByName) Less(i, j int) bool { return a.ByAge[i].Name < a.ByAge[j].Name }

func main() {
	people := []Person{
		{"Bob", 31},
		{"John", 42},
		{"Michael", 17},
		{"Jenny", 26},
		{"Alice", 31},
		{"Zed", 17},
	}

	fmt.Println(people)
	fmt.Println("sorted?", sort.IsSorted(ByAge(people)))

	sort.Sort(ByName{people})
	fmt.Println("by name:", people)

	sort.Stable(ByAge(people))
	fmt.Println("stable by age:", people)

	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println("oldest first:")
	for i, p := range people {
		fmt.Printf("  %d. %v\n", i+1, p)
	}

	// The same with sort.Slice on a copy.
	cp := make([]Person, len(people))
	copy(cp, people)
	sort.Slice(cp, func(i, j int) bool {
		if cp[i].Age != cp[j].Age {
			return cp[i].Age < cp[j].Age
		}
		return cp[i].Name < cp[j].Name
	})
	fmt.Printf("%v\n", cp)
	fmt.Printf("%+v\n", cp[0])
	fmt.Printf("%#v\n", cp[:2])
	fmt.Printf("%T %T\n", cp, ByAge(cp))
	fmt.Println(sort.SliceIsSorted(cp, func(i, j int) bool { return cp[i].Age < cp[j].Age }))
}
