package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s: %d", p.Name, p.Age) }

// ByAge implements sort.Interface for []Person based on the Age field.
type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type byLength []string

func (s byLength) Len() int      { return len(s) }
func (s byLength) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool {
	if len(s[i]) != len(s[j]) {
		return len(s[i]) < len(s[j])
	}
	return s[i] < s[j]
}

func main() {
	people := []Person{
		{"Bob", 31},
		{"John", 42},
		{"Michael", 17},
		{"Jenny", 26},
	}
	fmt.Println(people)
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	fmt.Println(sort.IsSorted(ByAge(people)))

	sort.Slice(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people)

	fruits := []string{"peach", "banana", "kiwi", "fig", "apple"}
	sort.Sort(byLength(fruits))
	fmt.Println(fruits)

	ints := []int{7, 2, 4, 9, 1}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	idx := sort.SearchInts(ints, 4)
	fmt.Println("4 at", idx)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)

	floats := []float64{2.5, -1, 3.25}
	sort.Float64s(floats)
	fmt.Println(floats)

	// Stable sort keeps equal elements in order.
	words := []string{"bb", "a", "cc", "d", "ee"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)

	// sort.Search finds the first index where the predicate is true.
	sorted := []int{1, 3, 5, 7, 9, 11}
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 6 })
	fmt.Println("first >= 6 at", i, "value", sorted[i])
}
