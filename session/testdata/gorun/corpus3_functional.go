package main

import (
	"fmt"
	"sort"
	"strings"
)

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Filter[T any](s []T, pred func(T) bool) []T {
	var r []T
	for _, v := range s {
		if pred(v) {
			r = append(r, v)
		}
	}
	return r
}

func Reduce[T, U any](s []T, init U, f func(U, T) U) U {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func GroupBy[T any, K comparable](s []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, v := range s {
		k := key(v)
		g[k] = append(g[k], v)
	}
	return g
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	r := make([]K, 0, len(m))
	for k := range m {
		r = append(r, k)
	}
	return r
}

type Score map[string]int

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	sum := Reduce(squares, 0, func(a, b int) int { return a + b })
	fmt.Println(evens, squares, sum)
	strs := Map(nums[:3], func(n int) string { return fmt.Sprint(n) })
	fmt.Println(strings.Join(strs, "+"))
	longest := Reduce([]string{"go", "gopher", "gap"}, "", func(best, s string) string {
		if len(s) > len(best) {
			return s
		}
		return best
	})
	fmt.Println(longest)
	groups := GroupBy([]string{"apple", "avocado", "banana", "blueberry", "cherry"}, func(s string) byte { return s[0] })
	ks := Keys(groups)
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	for _, k := range ks {
		fmt.Printf("%c: %v\n", k, groups[k])
	}
	sc := Score{"b": 2, "a": 1}
	names := Keys(sc)
	sort.Strings(names)
	fmt.Println(names)
	compose := func(fs ...func(int) int) func(int) int {
		return func(x int) int {
			for _, f := range fs {
				x = f(x)
			}
			return x
		}
	}
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl, inc)(3))
	fmt.Println(Map(Map([]int{1, 2}, dbl), func(x int) []int { return []int{x, x} }))
}
