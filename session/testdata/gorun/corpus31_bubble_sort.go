// Bubble sort with early exit, printing each pass
package main

import "fmt"

func bubbleSort(arr []int) int {
	n := len(arr)
	swaps := 0
	for i := 0; i < n-1; i++ {
		swapped := false
		for j := 0; j < n-i-1; j++ {
			if arr[j] > arr[j+1] {
				arr[j], arr[j+1] = arr[j+1], arr[j]
				swapped = true
				swaps++
			}
		}
		fmt.Printf("Pass %d: %v\n", i+1, arr)
		if !swapped {
			break
		}
	}
	return swaps
}

func bubbleSortStrings(s []string) {
	for i := len(s); i > 0; i-- {
		for j := 1; j < i; j++ {
			if s[j-1] > s[j] {
				s[j-1], s[j] = s[j], s[j-1]
			}
		}
	}
}

func main() {
	numbers := []int{64, 34, 25, 12, 22, 11, 90}
	fmt.Println("Unsorted:", numbers)
	swaps := bubbleSort(numbers)
	fmt.Println("Sorted:  ", numbers)
	fmt.Println("Swaps:", swaps)

	already := []int{1, 2, 3, 4}
	fmt.Println("Swaps on sorted input:", bubbleSort(already))

	arr := [5]float64{3.5, -1.25, 2, 0, 9.75}
	s := arr[:]
	for i := range s {
		for j := 0; j < len(s)-1-i; j++ {
			if s[j] < s[j+1] {
				s[j], s[j+1] = s[j+1], s[j]
			}
		}
	}
	fmt.Printf("Descending array: %v %T\n", arr, arr)
	fmt.Printf("%.2f\n", arr)

	fruits := []string{"mango", "apple", "kiwi", "banana", "cherry"}
	bubbleSortStrings(fruits)
	fmt.Printf("%q\n", fruits)
}
