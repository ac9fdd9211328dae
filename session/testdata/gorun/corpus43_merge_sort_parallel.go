package main

import (
	"fmt"
	"sync"
)

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
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

func parallelMergeSort(s []int, depth int) []int {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	var left, right []int
	if depth > 0 {
		var wg sync.WaitGroup
		wg.Add(2)
		go func() {
			defer wg.Done()
			left = parallelMergeSort(s[:mid], depth-1)
		}()
		go func() {
			defer wg.Done()
			right = parallelMergeSort(s[mid:], depth-1)
		}()
		wg.Wait()
	} else {
		left = parallelMergeSort(s[:mid], 0)
		right = parallelMergeSort(s[mid:], 0)
	}
	return merge(left, right)
}

func main() {
	data := []int{38, 27, 43, 3, 9, 82, 10, 55, 1, 77, 64, 12, 5, 99, 23, 41}
	fmt.Println("input: ", data)
	fmt.Println("sorted:", parallelMergeSort(data, 3))

	// A pseudo-random input from a linear congruential generator.
	big := make([]int, 200)
	x := uint32(12345)
	for i := range big {
		x = x*1103515245 + 12345
		big[i] = int(x>>16) % 1000
	}
	sorted := parallelMergeSort(big, 4)
	ok := true
	for i := 1; i < len(sorted); i++ {
		if sorted[i-1] > sorted[i] {
			ok = false
		}
	}
	fmt.Println("len:", len(sorted), "sorted:", ok, "min:", sorted[0], "max:", sorted[len(sorted)-1])
}
