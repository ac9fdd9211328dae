package main

import (
	"fmt"
	"math"
	"sort"
)

func mean(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func mode(xs []float64) []float64 {
	counts := map[float64]int{}
	best := 0
	for _, x := range xs {
		counts[x]++
		if counts[x] > best {
			best = counts[x]
		}
	}
	var out []float64
	for v, c := range counts {
		if c == best {
			out = append(out, v)
		}
	}
	sort.Float64s(out)
	return out
}

func stddev(xs []float64) float64 {
	m := mean(xs)
	var ss float64
	for _, x := range xs {
		ss += (x - m) * (x - m)
	}
	return math.Sqrt(ss / float64(len(xs)))
}

func main() {
	data := []float64{2, 4, 4, 4, 5, 5, 7, 9}
	fmt.Printf("data:   %v\n", data)
	fmt.Printf("mean:   %.2f\n", mean(data))
	fmt.Printf("median: %.2f\n", median(data))
	fmt.Printf("mode:   %v\n", mode(data))
	fmt.Printf("stddev: %.2f\n", stddev(data))

	scores := []float64{88.5, 92.25, 79, 95.125, 60.75, 84}
	fmt.Printf("%8.3f %8.3f %8.3f\n", mean(scores), median(scores), stddev(scores))
	min, max := scores[0], scores[0]
	for _, s := range scores[1:] {
		if s < min {
			min = s
		}
		if s > max {
			max = s
		}
	}
	fmt.Println("range:", min, max, max-min)
	fmt.Println("mean as %v:", mean(scores))
	var z []float64
	fmt.Println("empty mean:", mean(z), math.IsNaN(mean(z)))
}
