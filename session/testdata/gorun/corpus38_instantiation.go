package main

import (
	"cmp"
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Convert[To, From ~int | ~float64](v From) To { return To(v) }

func Apply[T any](fs []func(T) T, v T) T {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

type ID int

func main() {
	// explicit instantiation of both type parameters
	strs := Map[int, string]([]int{1, 2, 3}, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	// partial: U is inferred from the function argument
	lens := Map[string]([]string{"a", "bb"}, func(s string) int { return len(s) })
	fmt.Println(lens)
	// fully inferred
	fmt.Println(Map([]float64{1.5, 2.5}, func(f float64) bool { return f > 2 }))

	maxInt := Max[int]
	maxStr := Max[string]
	fmt.Println(maxInt(3, 9), maxStr("go", "c"))
	fmt.Printf("%T\n", maxInt)
	fmt.Println(Max[float64](2, 2.5), Max(ID(4), 7))

	f := Convert[float64, int]
	fmt.Println(f(7)/2, Convert[int](3.99), Convert[ID](12.0))

	double := func(n int) int { return n * 2 }
	inc := func(n int) int { return n + 1 }
	fmt.Println(Apply([]func(int) int{double, inc, double}, 5))
	var g func([]int, func(int) int) []int = Map[int, int]
	fmt.Println(g([]int{1, 2}, inc))
}
