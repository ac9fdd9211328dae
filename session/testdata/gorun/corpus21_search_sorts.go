package main

import "fmt"

func binarySearch(arr []int, target int) int {
	low, high := 0, len(arr)-1
	for low <= high {
		mid := low + (high-low)/2
		switch {
		case arr[mid] == target:
			return mid
		case arr[mid] < target:
			low = mid + 1
		default:
			high = mid - 1
		}
	}
	return -1
}

func binarySearchRec(arr []int, target, lo, hi int) int {
	if lo > hi {
		return -1
	}
	mid := (lo + hi) / 2
	if arr[mid] == target {
		return mid
	} else if arr[mid] > target {
		return binarySearchRec(arr, target, lo, mid-1)
	}
	return binarySearchRec(arr, target, mid+1, hi)
}

func bubbleSort(a []int) (swaps int) {
	n := len(a)
	for i := 0; i < n-1; i++ {
		swapped := false
		for j := 0; j < n-i-1; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
				swaps++
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
	return
}

func insertionSort(a []int) {
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

func selectionSort(a []int) {
	for i := range a {
		minIdx := i
		for j := i + 1; j < len(a); j++ {
			if a[j] < a[minIdx] {
				minIdx = j
			}
		}
		a[i], a[minIdx] = a[minIdx], a[i]
	}
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	left := mergeSort(a[:mid])
	right := mergeSort(a[mid:])
	result := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		if left[i] <= right[j] {
			result = append(result, left[i])
			i++
		} else {
			result = append(result, right[j])
			j++
		}
	}
	result = append(result, left[i:]...)
	return append(result, right[j:]...)
}

func quickSort(a []int, lo, hi int) {
	if lo >= hi {
		return
	}
	pivot := a[hi]
	i := lo
	for j := lo; j < hi; j++ {
		if a[j] < pivot {
			a[i], a[j] = a[j], a[i]
			i++
		}
	}
	a[i], a[hi] = a[hi], a[i]
	quickSort(a, lo, i-1)
	quickSort(a, i+1, hi)
}

func main() {
	data := []int{64, 34, 25, 12, 22, 11, 90, 5}
	b := append([]int(nil), data...)
	fmt.Println("bubble:", b, "swaps:", bubbleSort(b), b)
	in := make([]int, len(data))
	copy(in, data)
	insertionSort(in)
	fmt.Println("insertion:", in)
	se := append([]int{}, data...)
	selectionSort(se)
	fmt.Println("selection:", se)
	fmt.Println("merge:", mergeSort(data), "original:", data)
	q := append([]int{}, data...)
	quickSort(q, 0, len(q)-1)
	fmt.Println("quick:", q)
	for _, t := range []int{22, 90, 5, 7, 100} {
		fmt.Printf("search %d -> %d / %d\n", t, binarySearch(q, t), binarySearchRec(q, t, 0, len(q)-1))
	}
	big := make([]int, 2000)
	seed := uint32(7)
	for i := range big {
		seed = seed*1103515245 + 12345
		big[i] = int(seed>>16) % 1000
	}
	quickSort(big, 0, len(big)-1)
	ok := true
	for i := 1; i < len(big); i++ {
		if big[i-1] > big[i] {
			ok = false
		}
	}
	fmt.Println("sorted:", ok, big[0], big[999], big[1999])
	fmt.Println(binarySearch([]int{}, 1), mergeSort(nil), mergeSort([]int{3, 3, 1}))
}
