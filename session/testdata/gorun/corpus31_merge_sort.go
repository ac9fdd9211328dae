// Merge sort: recursive top-down and bottom-up, counting inversions
package main

import "fmt"

func merge(left, right []int) []int {
	result := make([]int, 0, len(left)+len(right))
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
	result = append(result, right[j:]...)
	return result
}

func mergeSort(items []int) []int {
	if len(items) < 2 {
		return items
	}
	mid := len(items) / 2
	return merge(mergeSort(items[:mid]), mergeSort(items[mid:]))
}

func countInversions(a []int) ([]int, int) {
	if len(a) < 2 {
		return a, 0
	}
	mid := len(a) / 2
	l, x := countInversions(a[:mid])
	r, y := countInversions(a[mid:])
	merged := make([]int, 0, len(a))
	inv := x + y
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			merged = append(merged, l[i])
			i++
		} else {
			merged = append(merged, r[j])
			inv += len(l) - i
			j++
		}
	}
	merged = append(merged, l[i:]...)
	merged = append(merged, r[j:]...)
	return merged, inv
}

func bottomUp(a []int) []int {
	n := len(a)
	src := append([]int(nil), a...)
	for width := 1; width < n; width *= 2 {
		dst := make([]int, 0, n)
		for lo := 0; lo < n; lo += 2 * width {
			mid := min(lo+width, n)
			hi := min(lo+2*width, n)
			dst = append(dst, merge(src[lo:mid], src[mid:hi])...)
		}
		src = dst
		fmt.Printf("width %d: %v\n", width, src)
	}
	return src
}

func main() {
	nums := []int{38, 27, 43, 3, 9, 82, 10}
	fmt.Println("Before:", nums)
	fmt.Println("After: ", mergeSort(nums))
	sorted, inv := countInversions([]int{2, 4, 1, 3, 5})
	fmt.Printf("sorted=%v inversions=%d\n", sorted, inv)
	_, inv = countInversions([]int{5, 4, 3, 2, 1})
	fmt.Println("reverse inversions:", inv)
	fmt.Println(bottomUp(nums))
}
