package main

import (
	"fmt"
	"strings"
)

func hello(name string) {
	fmt.Println("Hello,", name)
}

func add(x, y int) int {
	return x + y
}

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func divide(a, b float64) (float64, error) {
	if b == 0 {
		return 0, fmt.Errorf("cannot divide %v by zero", a)
	}
	return a / b, nil
}

func rectangle(w, h float64) (area, perimeter float64) {
	area = w * h
	perimeter = 2 * (w + h)
	return
}

func minMax(nums []int) (lo int, hi int) {
	if len(nums) == 0 {
		return
	}
	lo, hi = nums[0], nums[0]
	for _, n := range nums[1:] {
		if n < lo {
			lo = n
		}
		if n > hi {
			hi = n
		}
	}
	return lo, hi
}

func factorial(n int) int {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

func doubleAll(s []int) {
	for i := range s {
		s[i] *= 2
	}
}

func reset(x int) {
	x = 0
}

func resetPtr(x *int) {
	*x = 0
}

func main() {
	hello("Sammy")
	fmt.Println(add(3, 4))
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"), join(","))

	if q, err := divide(10, 4); err == nil {
		fmt.Println("quotient:", q)
	}
	if _, err := divide(1, 0); err != nil {
		fmt.Println("error:", err)
	}

	a, p := rectangle(3, 4)
	fmt.Println("area:", a, "perimeter:", p)
	fmt.Println(minMax([]int{4, -2, 9, 0}))
	fmt.Println(minMax(nil))
	fmt.Println("5! =", factorial(5))

	doubleAll(nums)
	fmt.Println(nums)

	x := 42
	reset(x)
	fmt.Println("after reset:", x)
	resetPtr(&x)
	fmt.Println("after resetPtr:", x)

	// Multiple return values feed directly into another call.
	fmt.Println(rectangle(1, 1))
	area2, per2 := func() (float64, float64) { return rectangle(2, 5) }()
	fmt.Printf("%.1f %.1f\n", area2, per2)
}
