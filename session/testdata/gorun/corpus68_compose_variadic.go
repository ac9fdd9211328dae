package main

import (
	"fmt"
	"strings"
)

func Compose[T any](fs ...func(T) T) func(T) T {
	return func(x T) T {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func Pipe[T any](fs ...func(T) T) func(T) T {
	return func(x T) T {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func apply(f func(...int) int, groups ...[]int) []int {
	out := make([]int, 0, len(groups))
	for _, g := range groups {
		out = append(out, f(g...))
	}
	return out
}

func main() {
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	sq := func(x int) int { return x * x }

	fmt.Println(Compose(inc, dbl, sq)(3)) // inc(dbl(sq(3)))
	fmt.Println(Pipe(inc, dbl, sq)(3))    // sq(dbl(inc(3)))
	fmt.Println(Compose[int]()(5))

	slug := Pipe(strings.TrimSpace, strings.ToLower, func(s string) string {
		return strings.ReplaceAll(s, " ", "-")
	})
	fmt.Println(slug("  Hello Functional Go  "))

	fmt.Println(sum(), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(apply(sum, []int{1}, []int{1, 2}, nil, []int{10, 20, 30}))

	steps := []func(int) int{inc, inc, dbl}
	fmt.Println(Pipe(steps...)(0))
}
