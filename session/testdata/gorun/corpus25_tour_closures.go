package main

import (
	"fmt"
	"math"
	"strings"
)

func compute(fn func(float64, float64) float64) float64 {
	return fn(3, 4)
}

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func apply(xs []string, f func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	hypot := func(x, y float64) float64 {
		return math.Sqrt(x*x + y*y)
	}
	fmt.Println(hypot(5, 12))
	fmt.Println(compute(hypot))
	fmt.Println(compute(math.Pow))

	pos, neg := adder(), adder()
	for i := 0; i < 10; i++ {
		fmt.Println(
			pos(i),
			neg(-2*i),
		)
	}
	fmt.Println(apply([]string{"go", "tour"}, strings.ToUpper))
	fmt.Println(apply([]string{"a", "b"}, func(s string) string { return s + s }))
	var op func(int, int) int
	fmt.Println(op == nil)
	op = func(a, b int) int { return a - b }
	fmt.Println(op(10, 3))
	fmt.Printf("%T\n", op)
	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}()
	counter()
	counter()
	fmt.Println(counter())
}
