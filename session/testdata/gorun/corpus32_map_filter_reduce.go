package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var r []T
	for _, v := range s {
		if keep(v) {
			r = append(r, v)
		}
	}
	return r
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println("evens:", evens)
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println("squares:", squares)
	sum := Reduce(squares, 0, func(a, n int) int { return a + n })
	fmt.Println("sum:", sum)
	strs := Map(nums, strconv.Itoa)
	fmt.Println(strings.Join(strs, ","))
	lengths := Map([]string{"go", "rust", "zig"}, func(s string) int { return len(s) })
	fmt.Println(lengths)
	joined := Reduce([]string{"a", "b", "c"}, "", func(acc string, s string) string {
		if acc == "" {
			return s
		}
		return acc + "-" + s
	})
	fmt.Printf("%q\n", joined)
	fmt.Println(len(Filter([]float64{1.5, -2, 3}, func(f float64) bool { return f < 0 })))
}
