package main

import (
	"fmt"
	"math"
)

type Stats struct {
	n        int
	mean, m2 float64
	min, max float64
}

func (s *Stats) Add(x float64) {
	if s.n == 0 {
		s.min, s.max = x, x
	}
	s.n++
	d := x - s.mean
	s.mean += d / float64(s.n)
	s.m2 += d * (x - s.mean)
	s.min = math.Min(s.min, x)
	s.max = math.Max(s.max, x)
}

func (s Stats) Variance() float64 {
	if s.n < 2 {
		return 0
	}
	return s.m2 / float64(s.n-1)
}

func (s Stats) String() string {
	return fmt.Sprintf("n=%d mean=%.3f sd=%.3f min=%g max=%g", s.n, s.mean, math.Sqrt(s.Variance()), s.min, s.max)
}

func movingAvg(xs []float64, w int) []float64 {
	var out []float64
	sum := 0.0
	for i, x := range xs {
		sum += x
		if i >= w {
			sum -= xs[i-w]
		}
		if i >= w-1 {
			out = append(out, math.Round(sum/float64(w)*100)/100)
		}
	}
	return out
}

func main() {
	var s Stats
	fmt.Println(s)
	for _, x := range []float64{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5} {
		s.Add(x)
	}
	fmt.Println(s)
	fmt.Printf("%v\n", &s)
	fmt.Printf("%+v\n", struct{ N int }{s.n})
	prices := []float64{10, 11, 12, 13, 12, 11, 10, 9, 10, 12}
	fmt.Println(movingAvg(prices, 3))
	fmt.Println(movingAvg(prices, 5))
	var pct []string
	for i := 1; i < len(prices); i++ {
		ch := (prices[i] - prices[i-1]) / prices[i-1] * 100
		pct = append(pct, fmt.Sprintf("%+.1f%%", ch))
	}
	fmt.Println(pct)
}
