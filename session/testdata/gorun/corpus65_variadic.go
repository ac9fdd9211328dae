package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func average(nums ...float64) float64 {
	if len(nums) == 0 {
		return 0
	}
	var t float64
	for _, n := range nums {
		t += n
	}
	return t / float64(len(nums))
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func printAll(prefix string, values ...interface{}) {
	fmt.Print(prefix)
	for i, v := range values {
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Print(v)
	}
	fmt.Println()
}

func describe(args ...any) {
	fmt.Printf("got %d args: %v\n", len(args), args)
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1, 2, 3))
	nums := []int{10, 20, 30, 40}
	fmt.Println(sum(nums...))
	fmt.Printf("%.2f\n", average(1, 2, 3, 4))
	fmt.Println(average())
	fmt.Println(join("-", "a", "b", "c"))
	printAll("values: ", 1, "two", 3.0, true)
	describe()
	describe(nil)
	describe("x", 2)
	s := []any{1, 2}
	describe(s...)
	describe(s)
	more := append([]int{1}, nums...)
	fmt.Println(more, len(more))
}
