package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](s []T) T {
	return Reduce(s, T(0), func(a, b T) T { return a + b })
}

func GroupBy[T any, K comparable](s []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, v := range s {
		k := key(v)
		m[k] = append(m[k], v)
	}
	return m
}

type Celsius float64

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := Map(nums, func(n int) int { return n * n })
	evens := Filter(squares, func(n int) bool { return n%2 == 0 })
	total := Reduce(evens, 0, func(acc, n int) int { return acc + n })
	fmt.Println(squares)
	fmt.Println(evens, total)

	strs := Map(nums, strconv.Itoa)
	fmt.Println(strings.Join(strs, "+"), "=", Sum(nums))

	temps := []Celsius{20.5, 30, -4.25}
	fmt.Printf("%.2f %T\n", Sum(temps), Sum(temps))

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	longest := Reduce(words, "", func(best, w string) string {
		if len(w) > len(best) {
			return w
		}
		return best
	})
	fmt.Println("longest:", longest)

	byLen := GroupBy(words, func(w string) int { return len(w) })
	for n := range 6 {
		if ws, ok := byLen[n]; ok {
			fmt.Println(n, ws)
		}
	}
	counts := Reduce(words, map[string]int{}, func(m map[string]int, w string) map[string]int {
		m[w]++
		return m
	})
	fmt.Println("the:", counts["the"], "fox:", counts["fox"], "distinct:", len(counts))
}
