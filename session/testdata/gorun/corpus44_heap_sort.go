package main

import (
	"cmp"
	"fmt"
)

func siftDown[T cmp.Ordered](a []T, root, end int) {
	for {
		child := 2*root + 1
		if child >= end {
			return
		}
		if child+1 < end && a[child] < a[child+1] {
			child++
		}
		if a[root] >= a[child] {
			return
		}
		a[root], a[child] = a[child], a[root]
		root = child
	}
}

func HeapSort[T cmp.Ordered](a []T) {
	n := len(a)
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(a, i, n)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		siftDown(a, 0, end)
	}
}

type Celsius float64

func isSorted[T cmp.Ordered](a []T) bool {
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			return false
		}
	}
	return true
}

func main() {
	data := []int{12, 11, 13, 5, 6, 7, 1, 19, 0, -4}
	fmt.Println("before:", data, isSorted(data))
	HeapSort(data)
	fmt.Println("after: ", data, isSorted(data))

	temps := []Celsius{21.5, -3, 37, 0.5}
	HeapSort(temps)
	fmt.Println(temps)

	runes := []rune("heapsort")
	HeapSort(runes)
	fmt.Println(string(runes))

	var empty []string
	HeapSort(empty)
	fmt.Println(len(empty), isSorted(empty))
}
