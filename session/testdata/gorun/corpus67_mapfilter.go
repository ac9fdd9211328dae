package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	squares := Map(nums, func(n int) int { return n * n })
	evens := Filter(squares, func(n int) bool { return n%2 == 0 })
	sum := Reduce(evens, 0, func(a, n int) int { return a + n })
	fmt.Println(squares, evens, sum)

	words := []string{"go", "generics", "are", "neat"}
	lens := Map(words, func(s string) int { return len(s) })
	upper := Map(words, strings.ToUpper)
	fmt.Println(lens, upper)
	joined := Reduce(words, "", func(acc string, w string) string {
		if acc == "" {
			return w
		}
		return acc + "-" + w
	})
	fmt.Println(joined)
	long := Filter(words, func(s string) bool { return len(s) > 3 })
	fmt.Printf("%q %d\n", long, len(long))
	none := Filter(nums, func(int) bool { return false })
	fmt.Println(none == nil, len(none))
	labels := Map(nums[:3], func(n int) string { return fmt.Sprintf("#%d", n) })
	fmt.Println(strings.Join(labels, ","))
}
