package main

import (
	"cmp"
	"fmt"
	"slices"
)

func MergeSort[T cmp.Ordered](s []T) []T {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	left := MergeSort(s[:mid])
	right := MergeSort(s[mid:])
	return merge(left, right)
}

func merge[T cmp.Ordered](a, b []T) []T {
	out := make([]T, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func QuickSort[T cmp.Ordered](s []T) {
	if len(s) < 2 {
		return
	}
	pivot := s[len(s)/2]
	l, r := 0, len(s)-1
	for l <= r {
		for s[l] < pivot {
			l++
		}
		for s[r] > pivot {
			r--
		}
		if l <= r {
			s[l], s[r] = s[r], s[l]
			l++
			r--
		}
	}
	QuickSort(s[:r+1])
	QuickSort(s[l:])
}

func InsertionSortFunc[T any](s []T, cmpf func(a, b T) int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && cmpf(s[j-1], s[j]) > 0; j-- {
			s[j-1], s[j] = s[j], s[j-1]
		}
	}
}

// countInversions uses merge sort.
func countInversions(s []int) int {
	if len(s) < 2 {
		return 0
	}
	mid := len(s) / 2
	a, b := slices.Clone(s[:mid]), slices.Clone(s[mid:])
	n := countInversions(a) + countInversions(b)
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			s[k] = a[i]
			i++
		} else {
			s[k] = b[j]
			j++
			n += len(a) - i
		}
		k++
	}
	k += copy(s[k:], a[i:])
	copy(s[k:], b[j:])
	return n
}

func main() {
	data := []int{38, 27, 43, 3, 9, 82, 10, 3}
	fmt.Println("merge:", MergeSort(data), "original:", data)
	q := slices.Clone(data)
	QuickSort(q)
	fmt.Println("quick:", q, slices.IsSorted(q))
	fs := []float64{3.14, -2.5, 0, 1e3, 2.71}
	QuickSort(fs)
	fmt.Println(fs)
	names := []string{"mallory", "alice", "trent", "bob", "eve"}
	fmt.Println(MergeSort(names))
	InsertionSortFunc(names, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(names)
	fmt.Println("inversions:", countInversions([]int{8, 4, 2, 1}), countInversions([]int{1, 20, 6, 4, 5}))
}
