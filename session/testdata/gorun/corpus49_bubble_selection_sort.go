package main

import "fmt"

func bubbleSort(a []int) {
	n := len(a)
	for pass := 1; pass < n; pass++ {
		swapped := false
		for i := 0; i < n-pass; i++ {
			if a[i] > a[i+1] {
				a[i], a[i+1] = a[i+1], a[i]
				swapped = true
			}
		}
		fmt.Printf("bubble pass %d: %v\n", pass, a)
		if !swapped {
			fmt.Println("no swaps, done early")
			break
		}
	}
}

func selectionSort(a []int) {
	for i := 0; i < len(a)-1; i++ {
		minIdx := i
		for j := i + 1; j < len(a); j++ {
			if a[j] < a[minIdx] {
				minIdx = j
			}
		}
		a[i], a[minIdx] = a[minIdx], a[i]
		fmt.Printf("selection pass %d (min %d): %v\n", i+1, a[i], a)
	}
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
		fmt.Printf("insertion step %d: %v\n", i, a)
	}
}

func main() {
	data := []int{64, 34, 25, 12, 22, 11, 90}
	b := append([]int(nil), data...)
	bubbleSort(b)
	s := make([]int, len(data))
	copy(s, data)
	selectionSort(s)
	insertionSort([]int{5, 2, 4, 6, 1, 3})
	fmt.Println("original untouched:", data)
}
