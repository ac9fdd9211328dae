package main

import (
	"cmp"
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

type byAge []Employee

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	staff := []Employee{
		{"Alice", "eng", 30}, {"Bob", "ops", 25}, {"Carol", "eng", 25},
		{"Dan", "ops", 30}, {"Eve", "eng", 35}, {"Finn", "hr", 25},
	}
	s1 := slices.Clone(staff)
	sort.SliceStable(s1, func(i, j int) bool { return s1[i].Age < s1[j].Age })
	for _, e := range s1 {
		fmt.Print(e.Name, " ")
	}
	fmt.Println()

	s2 := slices.Clone(staff)
	slices.SortStableFunc(s2, func(a, b Employee) int { return cmp.Compare(a.Dept, b.Dept) })
	fmt.Println(s2)

	s3 := slices.Clone(staff)
	slices.SortFunc(s3, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(b.Age, a.Age), strings.Compare(a.Name, b.Name))
	})
	for _, e := range s3 {
		fmt.Printf("%s/%d ", e.Name, e.Age)
	}
	fmt.Println()

	s4 := slices.Clone(staff)
	sort.Stable(byAge(s4))
	fmt.Println(s4[0].Name, s4[len(s4)-1].Name)
	sort.Sort(sort.Reverse(byAge(s4)))
	fmt.Println(s4[0].Age, s4[5].Age)
	fmt.Println(sort.IsSorted(byAge(s4)), staff[0].Name)

	words := []string{"banana", "Apple", "cherry", "apple"}
	sort.Strings(words)
	fmt.Println(words)
	slices.SortFunc(words, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(words[2:], slices.IsSorted([]int{1, 2, 2}))

	nums := []int{5, 2, 8, 1, 9}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums)
	idx := sort.SearchInts([]int{1, 3, 5, 7}, 5)
	pos, found := slices.BinarySearch([]int{1, 3, 5, 7}, 4)
	fmt.Println(idx, pos, found)
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	byDept := map[string][]string{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	depts := slices.Sorted(func(yield func(string) bool) {
		for k := range byDept {
			if !yield(k) {
				return
			}
		}
	})
	for _, d := range depts {
		fmt.Println(d, byDept[d])
	}
	fmt.Println(slices.Index(words, "cherry"), slices.Contains(nums, 8), slices.Max(nums))
}
