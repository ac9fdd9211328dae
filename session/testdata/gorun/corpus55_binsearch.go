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

// binarySearch returns the index of target in sorted, or -1.
func binarySearch[T cmp.Ordered](sorted []T, target T) int {
	lo, hi := 0, len(sorted)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case sorted[mid] == target:
			return mid
		case sorted[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

// lowerBound returns the first index whose value is >= target.
func lowerBound(nums []int, target int) int {
	lo, hi := 0, len(nums)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if nums[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func main() {
	nums := []int{1, 3, 5, 7, 9, 11, 13}
	for _, t := range []int{7, 1, 13, 4, 20} {
		fmt.Printf("binarySearch(%d) = %d\n", t, binarySearch(nums, t))
	}

	words := []string{"apple", "banana", "cherry", "date"}
	fmt.Println("cherry at", binarySearch(words, "cherry"))

	i, found := slices.BinarySearch(nums, 9)
	fmt.Println("slices.BinarySearch 9:", i, found)
	i, found = slices.BinarySearch(nums, 8)
	fmt.Println("slices.BinarySearch 8:", i, found)

	people := []Person{{"Alice", 25}, {"Bob", 30}, {"Carol", 35}, {"Dave", 40}}
	idx, ok := slices.BinarySearchFunc(people, 35, func(p Person, age int) int {
		return cmp.Compare(p.Age, age)
	})
	fmt.Println("age 35:", idx, ok, people[idx].Name)

	idx, ok = slices.BinarySearchFunc(people, "bob", func(p Person, name string) int {
		return strings.Compare(strings.ToLower(p.Name), name)
	})
	fmt.Println("bob:", idx, ok)

	dup := []int{1, 2, 2, 2, 3, 5}
	for _, t := range []int{2, 4, 0, 6} {
		fmt.Printf("lowerBound(%d) = %d\n", t, lowerBound(dup, t))
	}
}
