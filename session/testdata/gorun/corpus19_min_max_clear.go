package main

import "fmt"

func clamp(x, lo, hi int) int {
	return max(lo, min(x, hi))
}

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max("apple", "banana", "cherry"))
	var f float64 = 7
	fmt.Println(max(f, 3), min(f, 10.5))
	for _, v := range []int{-5, 0, 5, 15} {
		fmt.Println(v, "->", clamp(v, 0, 10))
	}
	const c = min(10, 20, 5)
	fmt.Printf("%d %T\n", c, c)

	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3
	fmt.Println(m)

	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))

	type score struct {
		name string
		pts  int
	}
	best := score{"none", 0}
	for _, sc := range []score{{"a", 3}, {"b", 9}, {"c", 4}} {
		best.pts = max(best.pts, sc.pts)
	}
	fmt.Println(best)
}
