package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max("apple", "banana", "cherry"))

	x, y := 10, 7
	smallest := min(x, y)
	fmt.Printf("%T %v\n", smallest, smallest)

	var f float64 = max(1, 2.5, float64(x))
	fmt.Println(f)

	clamp := func(v, lo, hi int) int { return max(lo, min(v, hi)) }
	fmt.Println(clamp(-5, 0, 10), clamp(5, 0, 10), clamp(50, 0, 10))

	m := map[string]int{"a": 1, "b": 2}
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m), m)

	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(len(s), s)

	const c = min(4, 9)
	fmt.Println(c)
}
