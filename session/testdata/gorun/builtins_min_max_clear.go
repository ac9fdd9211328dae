package main

import (
	"fmt"
	"math"
)

type celsius float64

type score struct {
	name   string
	points int
}

func main() {
	a, b := 7, 3
	fmt.Println(min(a, b), max(a, b, 10), min(a))
	const lo = min(3, 1.5, 2)
	fmt.Println(lo, max("apple", "pear", "fig"))
	x := max(2, 1)
	fmt.Printf("%T %v\n", x, x)
	temps := []celsius{21.5, 19, 23.25}
	coldest := temps[0]
	for _, t := range temps {
		coldest = min(coldest, t)
	}
	fmt.Println(coldest, max(temps[0], 30))
	zero := 0.0
	fmt.Println(min(zero, -zero), max(-zero, zero), min(math.NaN(), 1), max(math.Inf(-1), -5))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))

	m := map[string]score{"a": {"ann", 3}, "b": {"bob", 5}}
	s := []int{1, 2, 3}
	view := s[:2]
	clear(m)
	clear(view)
	fmt.Println(len(m), s)
	var nilMap map[int]int
	clear(nilMap)
	fmt.Println(nilMap == nil)
}
