package main

import "fmt"

type Celsius float64

func clamp(v, lo, hi int) int {
	return min(max(v, lo), hi)
}

func main() {
	fmt.Println(min(4, 2, 8), max(4, 2, 8))
	fmt.Println(min(1.5, 0.5), max("apple", "banana", "cherry"))
	var a, b Celsius = 21.5, 19
	fmt.Println(min(a, b), max(a, b))
	fmt.Printf("%T\n", max(a, b))
	for _, v := range []int{-5, 3, 42} {
		fmt.Println(v, "->", clamp(v, 0, 10))
	}
	const big = max(1<<10, 100)
	fmt.Println(big)

	scores := map[string]int{"x": 1, "y": 2}
	clear(scores)
	scores["z"] = 3
	fmt.Println(scores, len(scores))

	buf := []byte("hello")
	clear(buf[1:3])
	fmt.Println(buf)

	best := 0
	for _, n := range []int{7, 3, 9, 1} {
		best = max(best, n)
	}
	fmt.Println("best", best)
	x := 3
	y := min(x, 10) * 2
	fmt.Println(y)
}
