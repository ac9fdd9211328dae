package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Employee struct {
	Name string
	Dept string
	Age  int
}

func main() {
	staff := []Employee{
		{"Alice", "eng", 30}, {"Bob", "ops", 25}, {"Carol", "eng", 25},
		{"Dan", "ops", 30}, {"Eve", "eng", 35}, {"Frank", "hr", 25},
		{"Grace", "hr", 30}, {"Heidi", "eng", 25},
	}

	// SliceStable keeps the original order among equal ages.
	stable := slices.Clone(staff)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].Age < stable[j].Age })
	for _, e := range stable {
		fmt.Printf("%s(%d) ", e.Name, e.Age)
	}
	fmt.Println()

	// sort.Slice gives no order guarantee among equal keys; check only that it is sorted.
	unstable := slices.Clone(staff)
	sort.Slice(unstable, func(i, j int) bool { return unstable[i].Age < unstable[j].Age })
	fmt.Println("sorted by age:", sort.SliceIsSorted(unstable, func(i, j int) bool {
		return unstable[i].Age < unstable[j].Age
	}))

	// Sorting by two keys with stable sorts: secondary first, then primary.
	multi := slices.Clone(staff)
	sort.SliceStable(multi, func(i, j int) bool { return multi[i].Name < multi[j].Name })
	sort.SliceStable(multi, func(i, j int) bool { return multi[i].Dept < multi[j].Dept })
	for _, e := range multi {
		fmt.Printf("%s/%s ", e.Dept, e.Name)
	}
	fmt.Println()

	// A full comparison makes any sort deterministic.
	full := slices.Clone(staff)
	sort.Slice(full, func(i, j int) bool {
		if full[i].Age != full[j].Age {
			return full[i].Age > full[j].Age
		}
		return full[i].Name < full[j].Name
	})
	for _, e := range full {
		fmt.Printf("%d:%s ", e.Age, e.Name)
	}
	fmt.Println()

	byLen := []string{"ccc", "a", "bb", "dd", "e", "fff"}
	slices.SortStableFunc(byLen, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(byLen)

	words := strings.Fields("Banana apple Cherry apple banana")
	sort.Strings(words)
	fmt.Println(words)
	slices.SortFunc(words, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(len(words), strings.EqualFold(words[0], "apple"))
	i, found := slices.BinarySearch([]int{1, 3, 5, 7}, 5)
	fmt.Println(i, found, sort.SearchInts([]int{1, 3, 5, 7}, 4))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
}
