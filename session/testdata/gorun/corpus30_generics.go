package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](nums []T) T {
	var total T
	for _, n := range nums {
		total += n
	}
	return total
}

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

func MaxOf[T cmp.Ordered](a T, rest ...T) T {
	m := a
	for _, v := range rest {
		m = max(m, v)
	}
	return m
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Celsius float64

func main() {
	fmt.Println(Sum([]int{1, 2, 3, 4}))
	fmt.Println(Sum([]float64{1.5, 2.25}))
	fmt.Println(Sum([]Celsius{10, 20.5}))
	words := []string{"go", "generics", "are", "handy"}
	fmt.Println(Map(words, strings.ToUpper))
	fmt.Println(Map(words, func(s string) int { return len(s) }))
	fmt.Println(Filter([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%2 == 0 }))
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple"), min(4, 2, 8))

	pairs := []Pair[string, int]{{"b", 2}, {"a", 1}, {"c", 3}}
	slices.SortFunc(pairs, func(x, y Pair[string, int]) int { return cmp.Compare(x.Key, y.Key) })
	fmt.Println(pairs)
	fmt.Printf("%v %+v\n", pairs[0], pairs[1])

	nums := []int{5, 2, 8, 1}
	slices.Sort(nums)
	idx, found := slices.BinarySearch(nums, 5)
	fmt.Println(nums, idx, found, slices.Contains(nums, 8), slices.Index(nums, 2))
	fmt.Println(slices.Max(nums), len(slices.Compact([]int{1, 1, 2, 2, 3})))
}
