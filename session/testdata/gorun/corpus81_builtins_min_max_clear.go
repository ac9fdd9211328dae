package main

import (
	"fmt"
	"math"
)

type Score int

func (s Score) String() string { return fmt.Sprintf("%dpts", int(s)) }

func Clamp[T int | float64 | Score](v, lo, hi T) T { return min(max(v, lo), hi) }

func Reset[M ~map[K]V, K comparable, V any](m M) int {
	n := len(m)
	clear(m)
	return n
}

type Registry map[string]Score

func main() {
	fmt.Println(max(1.0, math.NaN()), min(math.Inf(-1), 0), min(-0.0, 0.0))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp(Score(7), 0, 5))
	var a, b Score = 3, 9
	fmt.Println(max(a, b), min(a, b, 1))
	fmt.Printf("%v %d %T\n", max(a, b), min(a, b), max(a, 4))
	r := Registry{"x": 1, "y": 2}
	fmt.Println(Reset(r), r, r == nil, len(r))
	s := []Score{4, 5}
	clear(s)
	fmt.Println(s)
	const c = max(1, 2.5, 'a')
	fmt.Println(c, min("b", "ab"))
}
