package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max("apple", "banana", "cherry"))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y, 15))
	var f float64 = min(1, 2.5)
	fmt.Println(f)

	clamp := func(v, lo, hi int) int { return max(lo, min(v, hi)) }
	fmt.Println(clamp(-5, 0, 10), clamp(5, 0, 10), clamp(50, 0, 10))

	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3
	fmt.Println(m)

	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
}
