package main

import (
	"cmp"
	"fmt"
)

// Generic functions that call themselves: the kernel's walk of the
// compiled code followed the instance's node back into itself until the
// process's stack overflowed.

func QuickSort[T cmp.Ordered](xs []T) []T {
	if len(xs) < 2 {
		return xs
	}
	pivot := xs[0]
	var less, more []T
	for _, x := range xs[1:] {
		if x < pivot {
			less = append(less, x)
		} else {
			more = append(more, x)
		}
	}
	out := append(QuickSort(less), pivot)
	return append(out, QuickSort(more)...)
}

func Power[T ~int | ~float64](x T, n int) T {
	if n == 0 {
		return 1
	}
	return x * Power(x, n-1)
}

func Depth[T any](v T, n int) int {
	if n == 0 {
		return 0
	}
	return 1 + Depth(v, n-1)
}

type Meters float64

type Point struct{ X, Y int }

func main() {
	fmt.Println(QuickSort([]string{"m", "c", "x", "a", "e"}), QuickSort([]Meters{3, 1, 2}))
	fmt.Println(Power(2, 10), Power(Meters(1.5), 2))
	fmt.Println(Depth(Point{}, 3), Depth("x", 0))
}
