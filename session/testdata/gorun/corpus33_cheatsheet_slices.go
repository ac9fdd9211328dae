// Slice cheat sheet: make, append, copy, slicing, 2D, delete, insert, reverse.
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	var nilSlice []int
	fmt.Println(nilSlice == nil, len(nilSlice), nilSlice)
	empty := []int{}
	fmt.Println(empty == nil, len(empty))

	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	s = append(s, 1, 2)
	fmt.Println(s, len(s), cap(s))

	src := []string{"a", "b", "c", "d", "e"}
	dst := make([]string, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)

	fmt.Println(src[1:3], src[:2], src[3:], src[:])
	full := src[1:3:4]
	fmt.Println(len(full), cap(full))

	// Delete index 2.
	del := append([]string{}, src...)
	del = append(del[:2], del[3:]...)
	fmt.Println(del)
	fmt.Println(slices.Delete(slices.Clone(src), 1, 3))

	// Insert at index 1.
	ins := slices.Insert([]string{"x", "z"}, 1, "y")
	fmt.Println(ins)

	// Reverse by hand and with slices.
	r := []int{1, 2, 3, 4, 5}
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(r)
	slices.Reverse(r)
	fmt.Println(r)

	// Filter in place.
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	evens := nums[:0]
	for _, x := range nums {
		if x%2 == 0 {
			evens = append(evens, x)
		}
	}
	fmt.Println(evens)

	// 2D slices.
	matrix := [][]int{{1, 2, 3}, {4, 5, 6}}
	transposed := make([][]int, 3)
	for i := range transposed {
		transposed[i] = make([]int, 2)
		for j := range transposed[i] {
			transposed[i][j] = matrix[j][i]
		}
	}
	fmt.Println(transposed)

	// Shared backing arrays.
	base := []int{0, 1, 2, 3}
	view := base[:2]
	view = append(view, 99)
	fmt.Println(base, view)

	// Stack and queue.
	stack := []string{}
	stack = append(stack, "a", "b", "c")
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack)
	queue := []string{"first", "second"}
	head, queue := queue[0], queue[1:]
	fmt.Println(head, queue)

	words := strings.Fields("  the quick  brown fox ")
	fmt.Println(len(words), words)
	fmt.Printf("%q\n", words)
	slices.SortFunc(words, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(words)
	fmt.Println(slices.Max([]int{3, 7, 1}), slices.Min([]float64{2.5, -1}))
	compacted := slices.Compact([]int{1, 1, 2, 2, 2, 3, 1})
	fmt.Println(compacted)
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.IndexFunc(words, func(w string) bool { return w == "fox" }))
	clear(nums)
	fmt.Println(nums)
}
