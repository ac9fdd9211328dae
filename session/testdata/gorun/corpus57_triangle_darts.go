package main

import (
	"fmt"
	"math"
)

type Kind int

const (
	NaT Kind = iota
	Equ
	Iso
	Sca
)

func (k Kind) String() string {
	return [...]string{"not a triangle", "equilateral", "isosceles", "scalene"}[k]
}

func KindFromSides(a, b, c float64) Kind {
	for _, s := range []float64{a, b, c} {
		if s <= 0 || math.IsNaN(s) || math.IsInf(s, 0) {
			return NaT
		}
	}
	if a+b < c || b+c < a || a+c < b {
		return NaT
	}
	switch {
	case a == b && b == c:
		return Equ
	case a == b || b == c || a == c:
		return Iso
	}
	return Sca
}

func Score(x, y float64) int {
	d := math.Hypot(x, y)
	switch {
	case d <= 1:
		return 10
	case d <= 5:
		return 5
	case d <= 10:
		return 1
	}
	return 0
}

func main() {
	sides := [][3]float64{
		{2, 2, 2}, {0.5, 0.5, 0.5}, {3, 4, 4}, {4, 3, 4}, {10, 10, 2},
		{3, 4, 5}, {0.5, 0.4, 0.6}, {0, 0, 0}, {1, 1, 3}, {7, 3, 2}, {math.NaN(), 1, 1}, {1, 1, 2},
	}
	for _, s := range sides {
		k := KindFromSides(s[0], s[1], s[2])
		fmt.Printf("%v -> %d %v\n", s, k, k)
	}
	throws := [][2]float64{{-9, 9}, {0, 10}, {-5, 0}, {0, -1}, {0, 0}, {-0.1, -0.1}, {0.7, 0.7}, {0.8, -0.8}, {-3.6, -3.6}, {-7.0, 7.0}}
	total := 0
	for _, t := range throws {
		s := Score(t[0], t[1])
		total += s
		fmt.Printf("(%5.1f,%5.1f) dist=%.3f score=%2d\n", t[0], t[1], math.Hypot(t[0], t[1]), s)
	}
	fmt.Println("total:", total, "best:", max(Score(0, 0), Score(3, 3)), "worst:", min(Score(20, 0), Score(1, 1)))
}
