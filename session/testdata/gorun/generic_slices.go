package main

import (
	"fmt"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

func main() {
	nums := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(nums)
	fmt.Println(nums, slices.IsSorted(nums))
	fmt.Println(slices.Contains(nums, 8), slices.Contains(nums, 4), slices.Index(nums, 9), slices.Index(nums, 7))
	fmt.Println(slices.Max(nums), slices.Min(nums))
	i, found := slices.BinarySearch(nums, 5)
	fmt.Println(i, found)
	words := strings.Fields("pear apple fig apple")
	slices.Sort(words)
	words = slices.Compact(words)
	fmt.Println(words, len(words))
	rev := slices.Clone(nums)
	slices.Reverse(rev)
	fmt.Println(rev, nums)
	fmt.Println(slices.Equal(nums, rev), slices.Equal(nums, slices.Clone(nums)), slices.Compare([]int{1, 2}, []int{1, 3}))
	nums = slices.Insert(nums, 1, 100, 101)
	nums = slices.Delete(nums, 0, 1)
	fmt.Println(nums)
	fs := []float64{2.5, -1, 0}
	slices.Sort(fs)
	fmt.Println(fs, slices.Contains(fs, 0))

	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	slices.SortFunc(people, func(a, b person) int { return a.age - b.age })
	fmt.Println(people)
	slices.SortStableFunc(people, func(a, b person) int { return strings.Compare(b.name, a.name) })
	fmt.Println(people)
	idx := slices.IndexFunc(people, func(p person) bool { return p.age > 30 })
	fmt.Println(idx, people[idx].name, slices.ContainsFunc(people, func(p person) bool { return p.name == "Bob" }))
	oldest := slices.MaxFunc(people, func(a, b person) int { return a.age - b.age })
	fmt.Println(oldest)
}
