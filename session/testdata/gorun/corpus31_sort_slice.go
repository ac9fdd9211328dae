// Sorting a slice of structs with sort.Slice and sort.SliceStable
package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name  string
	Grade int
	Score float64
}

func main() {
	students := []Student{
		{"Liam", 10, 88.5},
		{"Olivia", 11, 92.0},
		{"Noah", 10, 75.25},
		{"Emma", 12, 92.0},
		{"Ava", 11, 68.75},
		{"Mia", 10, 88.5},
	}

	sort.Slice(students, func(i, j int) bool {
		return students[i].Name < students[j].Name
	})
	fmt.Println("By name:")
	for _, s := range students {
		fmt.Printf("  %-7s grade %d score %.2f\n", s.Name, s.Grade, s.Score)
	}

	sort.SliceStable(students, func(i, j int) bool {
		return students[i].Score > students[j].Score
	})
	fmt.Println("By score desc (stable):")
	for i, s := range students {
		fmt.Printf("  %d. %v\n", i+1, s)
	}

	sort.Slice(students, func(i, j int) bool {
		if students[i].Grade != students[j].Grade {
			return students[i].Grade < students[j].Grade
		}
		return students[i].Score > students[j].Score
	})
	fmt.Println("By grade, then score:")
	fmt.Printf("%+v\n", students)

	fmt.Println("sorted by grade?", sort.SliceIsSorted(students, func(i, j int) bool {
		return students[i].Grade < students[j].Grade
	}))

	ints := []int{5, 2, 8, 1, 9}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	strs := []string{"banana", "Apple", "cherry", "apple"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fmt.Println(sort.StringsAreSorted(strs))
}
