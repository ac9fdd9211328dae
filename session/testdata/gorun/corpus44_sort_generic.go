package main

import (
	"cmp"
	"fmt"
)

func InsertionSort[T cmp.Ordered](a []T) {
	for i := 1; i < len(a); i++ {
		key := a[i]
		j := i - 1
		for j >= 0 && a[j] > key {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = key
	}
}

func QuickSort[T cmp.Ordered](a []T) {
	if len(a) < 2 {
		return
	}
	pivot := a[len(a)/2]
	l, r := 0, len(a)-1
	for l <= r {
		for a[l] < pivot {
			l++
		}
		for a[r] > pivot {
			r--
		}
		if l <= r {
			a[l], a[r] = a[r], a[l]
			l++
			r--
		}
	}
	QuickSort(a[:r+1])
	QuickSort(a[l:])
}

func MergeSort[T cmp.Ordered](a []T) []T {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	left := MergeSort(a[:mid])
	right := MergeSort(a[mid:])
	out := make([]T, 0, len(a))
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		if left[i] <= right[j] {
			out = append(out, left[i])
			i++
		} else {
			out = append(out, right[j])
			j++
		}
	}
	out = append(out, left[i:]...)
	return append(out, right[j:]...)
}

func main() {
	ints := []int{38, 27, 43, 3, 9, 82, 10, 3}
	a := append([]int{}, ints...)
	InsertionSort(a)
	fmt.Println("insertion:", a)

	b := append([]int(nil), ints...)
	QuickSort(b)
	fmt.Println("quick:    ", b)

	fmt.Println("merge:    ", MergeSort(ints))
	fmt.Println("original: ", ints)

	words := []string{"pear", "apple", "fig", "banana", "cherry"}
	QuickSort(words)
	fmt.Println(words)

	fl := []float64{3.14, -1, 2.71, 0, 1.41}
	fmt.Println(MergeSort(fl))
	InsertionSort(fl)
	fmt.Printf("%v %T\n", fl, fl)
}
