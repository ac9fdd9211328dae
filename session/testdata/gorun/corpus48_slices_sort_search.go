package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Salary int
}

func main() {
	staff := []Employee{{"Zed", 50}, {"amy", 70}, {"Bob", 50}, {"cat", 60}}
	slices.SortStableFunc(staff, func(a, b Employee) int { return cmp.Compare(b.Salary, a.Salary) })
	fmt.Println(staff)
	slices.SortFunc(staff, func(a, b Employee) int {
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	fmt.Println(staff)

	nums := []int{40, 10, 30, 20}
	slices.Sort(nums)
	i, found := slices.BinarySearch(nums, 30)
	fmt.Println(nums, i, found)
	i, found = slices.BinarySearch(nums, 25)
	fmt.Println(i, found)
	best := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Salary, b.Salary) })
	fmt.Println("top:", best.Name)
	slices.Reverse(nums)
	fmt.Println(slices.IsSorted(nums), nums)
}
