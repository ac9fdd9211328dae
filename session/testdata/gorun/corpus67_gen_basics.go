package main

import (
	"cmp"
	"fmt"
)

// Max returns the larger of two ordered values.
func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func SumAll[T int | int64 | float64](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Contains[T comparable](xs []T, want T) bool {
	for _, x := range xs {
		if x == want {
			return true
		}
	}
	return false
}

func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if s[i] == v {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Max(3, 7))
	fmt.Println(Max("apple", "banana"))
	fmt.Println(Max[float64](2.5, 1))
	fmt.Println(SumAll([]int{1, 2, 3, 4}))
	fmt.Println(SumAll([]float64{0.5, 0.25}))
	fmt.Println(Contains([]string{"go", "rust"}, "go"))
	fmt.Println(Contains([]int{1, 2}, 5))
	type names []string
	ns := names{"ann", "bob", "cy"}
	fmt.Println(Index(ns, "bob"), Index(ns, "zed"))
	fmt.Printf("%T %v\n", Max(int8(4), 9), Max(int8(4), 9))
}
