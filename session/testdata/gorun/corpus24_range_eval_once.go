package main

import "fmt"

var calls int

func items() []string {
	calls++
	fmt.Println("items() called")
	return []string{"x", "y", "z"}
}

func main() {
	for i, s := range items() {
		fmt.Println(i, s)
	}
	fmt.Println("calls:", calls)

	// Appending while ranging: the length is fixed when the loop starts.
	nums := []int{1, 2, 3}
	for _, n := range nums {
		nums = append(nums, n*10)
	}
	fmt.Println(nums)

	// Reassigning the slice variable does not change what is iterated.
	letters := []string{"a", "b", "c"}
	for i, l := range letters {
		if i == 0 {
			letters = []string{"p", "q"}
		}
		fmt.Print(l)
	}
	fmt.Println(" ->", letters)

	// But writes to the shared backing array are seen.
	vals := []int{1, 2, 3}
	for i, v := range vals {
		if i+1 < len(vals) {
			vals[i+1] += v
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	// A classic three-clause loop re-evaluates its condition each time.
	q := []int{1}
	for i := 0; i < len(q) && i < 5; i++ {
		q = append(q, q[i]*2)
	}
	fmt.Println(q)

	// String ranges are evaluated once too.
	s := "héllo"
	for i, r := range s {
		s = "changed"
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println(s)
}
