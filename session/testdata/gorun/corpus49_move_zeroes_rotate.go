package main

import "fmt"

func moveZeroes(nums []int) {
	w := 0
	for _, n := range nums {
		if n != 0 {
			nums[w] = n
			w++
		}
	}
	for ; w < len(nums); w++ {
		nums[w] = 0
	}
}

func reverse(a []int) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

// rotate shifts right by k using the three-reversal trick.
func rotate(nums []int, k int) {
	n := len(nums)
	if n == 0 {
		return
	}
	k %= n
	reverse(nums)
	reverse(nums[:k])
	reverse(nums[k:])
}

func rotateLeftCopy(nums []int, k int) []int {
	k %= len(nums)
	return append(append([]int{}, nums[k:]...), nums[:k]...)
}

func main() {
	for _, in := range [][]int{{0, 1, 0, 3, 12}, {0}, {1, 2, 3}, {0, 0, 1}} {
		a := append([]int(nil), in...)
		moveZeroes(a)
		fmt.Printf("moveZeroes(%v) = %v\n", in, a)
	}
	for _, k := range []int{0, 1, 3, 7, 10} {
		a := []int{1, 2, 3, 4, 5, 6, 7}
		rotate(a, k)
		fmt.Printf("rotate right %2d: %v left copy: %v\n", k, a, rotateLeftCopy([]int{1, 2, 3, 4, 5, 6, 7}, k))
	}
	s := []int{1, 2, 3, 4, 5}
	rotate(s[1:4], 1)
	fmt.Println("rotate subslice:", s)
}
