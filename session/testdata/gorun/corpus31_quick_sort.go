// Quick sort (Lomuto partition) and a three-way variant
package main

import "fmt"

func partition(arr []int, low, high int) int {
	pivot := arr[high]
	i := low - 1
	for j := low; j < high; j++ {
		if arr[j] <= pivot {
			i++
			arr[i], arr[j] = arr[j], arr[i]
		}
	}
	arr[i+1], arr[high] = arr[high], arr[i+1]
	return i + 1
}

func quickSort(arr []int, low, high int) {
	if low < high {
		p := partition(arr, low, high)
		quickSort(arr, low, p-1)
		quickSort(arr, p+1, high)
	}
}

// functional style: returns a new slice
func qsort(xs []int) []int {
	if len(xs) <= 1 {
		return xs
	}
	pivot := xs[0]
	var less, equal, greater []int
	for _, x := range xs {
		switch {
		case x < pivot:
			less = append(less, x)
		case x == pivot:
			equal = append(equal, x)
		default:
			greater = append(greater, x)
		}
	}
	result := append(qsort(less), equal...)
	return append(result, qsort(greater)...)
}

func main() {
	arr := []int{10, 7, 8, 9, 1, 5, 3, 3}
	fmt.Println("Original:", arr)
	quickSort(arr, 0, len(arr)-1)
	fmt.Println("Sorted:  ", arr)

	// deterministic pseudo-random data via an LCG
	seed := uint32(42)
	data := make([]int, 20)
	for i := range data {
		seed = seed*1664525 + 1013904223
		data[i] = int(seed % 100)
	}
	fmt.Println("Data:   ", data)
	out := qsort(data)
	fmt.Println("qsort:  ", out)
	fmt.Println("input unchanged:", data[0], data[19])

	empty := []int{}
	quickSort(empty, 0, len(empty)-1)
	fmt.Printf("%v %d %v\n", empty, len(empty), qsort(nil) == nil)
}
