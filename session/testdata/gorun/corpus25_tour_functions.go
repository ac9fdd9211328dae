package main

import "fmt"

func add(x int, y int) int {
	return x + y
}

// Consecutive parameters of the same type share it.
func mul(x, y int) int {
	return x * y
}

func swap(x, y string) (string, string) {
	return y, x
}

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

// Named results and a naked return.
func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func stats(xs ...float64) (min, max, mean float64) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	total := 0.0
	for _, x := range xs {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
		total += x
	}
	mean = total / float64(len(xs))
	return
}

func main() {
	fmt.Println(add(42, 13))
	fmt.Println(mul(6, 7))
	a, b := swap("hello", "world")
	fmt.Println(a, b)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(split(17))
	x, y := split(100)
	fmt.Printf("x=%d y=%d sum=%d\n", x, y, x+y)
	fmt.Println(stats(3, 1, 4, 1, 5, 9, 2, 6))
	fmt.Println(stats())
	_, second := swap("first", "second")
	fmt.Println(second)
}
