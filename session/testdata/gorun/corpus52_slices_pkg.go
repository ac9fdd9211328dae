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
	nums := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(nums)
	fmt.Println(nums)
	i, found := slices.BinarySearch(nums, 8)
	fmt.Println(i, found)
	fmt.Println(slices.Contains(nums, 4), slices.Index(nums, 9))
	fmt.Println(slices.Max(nums), slices.Min(nums))
	r := slices.Clone(nums)
	slices.Reverse(r)
	fmt.Println(r, nums)

	people := []Person{{"Alice", 30}, {"bob", 25}, {"Carol", 30}, {"dave", 22}}
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Compare(b.Age, a.Age)
	})
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	fmt.Println(people)
	idx := slices.IndexFunc(people, func(p Person) bool { return p.Age < 25 })
	fmt.Println(idx, people[idx].Name)

	dup := []string{"a", "a", "b", "c", "c", "c", "a"}
	fmt.Println(slices.Compact(dup))
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Compare([]int{1, 2}, []int{1, 3}))
	ins := slices.Insert([]int{1, 4}, 1, 2, 3)
	fmt.Println(ins, slices.Delete(ins, 0, 2))
	chunks := 0
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		chunks++
		fmt.Println("chunk", c)
	}
	fmt.Println(chunks, cmp.Or(0, 0, 7), min(3, 1, 2), max(2.5, 1))
}
