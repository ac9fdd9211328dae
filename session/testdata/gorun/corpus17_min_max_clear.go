package main

import "fmt"

func main() {
	scores := []int{72, 95, 64, 88}
	lo, hi := scores[0], scores[0]
	for _, s := range scores[1:] {
		lo = min(lo, s)
		hi = max(hi, s)
	}
	fmt.Println("lo", lo, "hi", hi)
	fmt.Println(min(3.5, 2, 7), max("b", "abc", "a"))
	m := map[string]bool{"a": true, "b": false}
	clear(m)
	fmt.Println(len(m), m)
	buf := []int{1, 2, 3}
	clear(buf)
	fmt.Println(buf, len(buf))
	const c = max(1, 2, 3)
	var f float64 = min(c, 2.5)
	fmt.Println(c, f)
}
