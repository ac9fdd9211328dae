package main

import (
	"fmt"
	"strings"
)

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

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

type Product struct {
	Name  string
	Price int
	Cat   string
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	strs := Map(evens, func(n int) string { return strings.Repeat("*", n) })
	fmt.Println(strs)
	fmt.Println(Reduce(nums, 0, func(a, n int) int { return a + n }))
	fmt.Println(Reduce(strs, "", func(a string, s string) string { return a + "|" + s }))

	products := []Product{{"tea", 4, "drink"}, {"cake", 7, "food"}, {"juice", 3, "drink"}}
	byCat := GroupBy(products, func(p Product) string { return p.Cat })
	fmt.Println(len(byCat["drink"]), byCat["food"][0].Name)
	names := Map(Filter(products, func(p Product) bool { return p.Price > 3 }), func(p Product) string { return p.Name })
	fmt.Println(names)
	total := Reduce(products, 0.0, func(acc float64, p Product) float64 { return acc + float64(p.Price)*1.1 })
	fmt.Printf("%.2f\n", total)
	lengths := Map([]string{"go", "rust", "c"}, func(s string) int { return len(s) })
	fmt.Println(lengths)
}
