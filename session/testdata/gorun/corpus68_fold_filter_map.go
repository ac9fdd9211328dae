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

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
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
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := Map(nums, func(n int) int { return n * n })
	evens := Filter(squares, func(n int) bool { return n%2 == 0 })
	total := Reduce(evens, 0, func(a, n int) int { return a + n })
	fmt.Println(squares)
	fmt.Println(evens, total)

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	lengths := Map(words, func(s string) int { return len(s) })
	fmt.Println(lengths)
	longest := Reduce(words, "", func(best, w string) string {
		if len(w) > len(best) {
			return w
		}
		return best
	})
	fmt.Println("longest:", longest)

	byLen := GroupBy(words, func(s string) int { return len(s) })
	for l := 1; l <= 5; l++ {
		if ws, ok := byLen[l]; ok {
			fmt.Println(l, ws)
		}
	}
	joined := Reduce(Map(words, strings.ToUpper), "", func(a, w string) string {
		if a == "" {
			return w
		}
		return a + "|" + w
	})
	fmt.Println(joined)
}
