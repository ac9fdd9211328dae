package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Number interface {
	~int | ~int64 | ~float64
}

func SumOf[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func MaxOf[T cmp.Ordered](xs ...T) T {
	best := xs[0]
	for _, x := range xs[1:] {
		best = max(best, x)
	}
	return best
}

type Celsius float64

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	fmt.Println(SumOf([]int{1, 2, 3}))
	fmt.Println(SumOf([]float64{0.5, 0.25}))
	fmt.Println(SumOf([]Celsius{20.5, 1.5}))
	fmt.Printf("%T\n", SumOf([]Celsius{1}))

	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple", "zebra"), MaxOf(1.5, -2.0))
	fmt.Println(min(4, 2, 8), max(2.5, 1), min("b", "a"))

	pairs := []Pair[string, int]{{"b", 2}, {"a", 1}, {"c", 3}}
	slices.SortFunc(pairs, func(x, y Pair[string, int]) int { return cmp.Compare(x.Key, y.Key) })
	fmt.Println(pairs)

	strs := Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) })
	fmt.Printf("%q\n", strs)
	idx, found := slices.BinarySearch([]int{1, 3, 5, 7}, 5)
	fmt.Println(idx, found, slices.Index([]string{"x", "y"}, "y"), slices.Contains(strs, "4"))
	fmt.Println(slices.Max([]int{4, 8, 1}), cmp.Compare(2, 1))
}
