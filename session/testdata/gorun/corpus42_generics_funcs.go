package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func SumNumbers[N Number](nums []N) N {
	var total N
	for _, n := range nums {
		total += n
	}
	return total
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
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

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Contains[T comparable](xs []T, v T) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

type Score int

func main() {
	ints := []int{1, 2, 3, 4, 5}
	floats := []float64{1.5, 2.25, 3}
	fmt.Println(SumNumbers(ints), SumNumbers(floats))
	fmt.Println(SumNumbers([]Score{10, 20, 30}))
	fmt.Println(SumNumbers[int64]([]int64{1 << 40, 1}))

	strs := Map(ints, func(i int) string { return strings.Repeat("*", i) })
	fmt.Println(strs)
	lengths := Map(strs, func(s string) int { return len(s) })
	fmt.Println(lengths)

	evens := Filter(ints, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens)

	product := Reduce(ints, 1, func(acc, x int) int { return acc * x })
	joined := Reduce(ints, "", func(acc string, x int) string { return acc + fmt.Sprint(x) })
	fmt.Println(product, joined)

	fmt.Println(Max(3, 7), Max("apple", "banana"), Max(2.5, -1.0))
	fmt.Println(Contains([]string{"a", "b"}, "b"), Contains(ints, 42))

	keys := Keys(map[string]int{"x": 1})
	fmt.Println(keys, len(keys))
	fmt.Printf("%T\n", Map[int, bool])
}
