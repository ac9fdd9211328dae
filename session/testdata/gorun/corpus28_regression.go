package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

type Sample struct{ X, Y float64 }

func Fit(data []Sample) (slope, intercept, r2 float64, err error) {
	n := float64(len(data))
	if n < 2 {
		return 0, 0, 0, errors.New("need at least two points")
	}
	var sx, sy, sxx, sxy float64
	for _, p := range data {
		sx += p.X
		sy += p.Y
		sxx += p.X * p.X
		sxy += p.X * p.Y
	}
	den := n*sxx - sx*sx
	if den == 0 {
		return 0, 0, 0, errors.New("all x values are equal")
	}
	slope = (n*sxy - sx*sy) / den
	intercept = (sy - slope*sx) / n
	mean := sy / n
	var ssTot, ssRes float64
	for _, p := range data {
		pred := slope*p.X + intercept
		ssRes += (p.Y - pred) * (p.Y - pred)
		ssTot += (p.Y - mean) * (p.Y - mean)
	}
	r2 = 1 - ssRes/ssTot
	return
}

func describe(xs []float64) (mean, median, stddev float64) {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	for _, v := range s {
		mean += v
	}
	mean /= float64(len(s))
	if len(s)%2 == 1 {
		median = s[len(s)/2]
	} else {
		median = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	for _, v := range s {
		stddev += (v - mean) * (v - mean)
	}
	stddev = math.Sqrt(stddev / float64(len(s)-1))
	return
}

func main() {
	data := []Sample{{1, 2.1}, {2, 3.9}, {3, 6.2}, {4, 7.8}, {5, 10.1}, {6, 12.2}}
	m, b, r2, err := Fit(data)
	fmt.Printf("y = %.4fx + %.4f  r2=%.5f err=%v\n", m, b, r2, err)
	for _, x := range []float64{0, 7, 10.5} {
		fmt.Printf("predict(%g) = %.3f\n", x, m*x+b)
	}
	_, _, _, err = Fit(data[:1])
	fmt.Println(err)
	_, _, _, err = Fit([]Sample{{1, 1}, {1, 2}})
	fmt.Println(err)
	ys := make([]float64, len(data))
	for i, p := range data {
		ys[i] = p.Y
	}
	mean, med, sd := describe(ys)
	fmt.Printf("mean=%.3f median=%.3f sd=%.3f\n", mean, med, sd)
	fmt.Println(math.Round(sd*100)/100, math.Floor(-2.5), math.Trunc(-2.5), math.NaN() == math.NaN(), math.IsNaN(math.Sqrt(-1)))
	fmt.Printf("%8.3e %g %v\n", 123456.789, 1e21, float32(0.1))
}
