package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

func histogram(values []float64, lo, hi float64, bins int) []int {
	counts := make([]int, bins)
	width := (hi - lo) / float64(bins)
	for _, v := range values {
		if v < lo || v >= hi {
			continue
		}
		b := int((v - lo) / width)
		counts[b]++
	}
	return counts
}

func main() {
	r := rand.New(rand.NewPCG(42, 1024))
	var samples []float64
	for range 2000 {
		samples = append(samples, r.NormFloat64()*1.5+5)
	}
	counts := histogram(samples, 0, 10, 10)
	maxC := 0
	for _, c := range counts {
		maxC = max(maxC, c)
	}
	for i, c := range counts {
		bar := strings.Repeat("#", c*40/maxC)
		fmt.Printf("[%2d,%2d) %-40s %4d\n", i, i+1, bar, c)
	}
	grades := []int{55, 67, 72, 88, 91, 45, 78, 83, 69, 99, 100, 74, 61}
	buckets := map[string]int{}
	order := []string{"A", "B", "C", "D", "F"}
	for _, g := range grades {
		var k string
		switch {
		case g >= 90:
			k = "A"
		case g >= 80:
			k = "B"
		case g >= 70:
			k = "C"
		case g >= 60:
			k = "D"
		default:
			k = "F"
		}
		buckets[k]++
	}
	for _, k := range order {
		fmt.Printf("%s | %s%s (%d)\n", k, strings.Repeat("█", buckets[k]), strings.Repeat("·", 5-buckets[k]), buckets[k])
	}
	// vertical histogram
	col := []int{3, 1, 4, 1, 5, 2}
	top := 0
	for _, c := range col {
		top = max(top, c)
	}
	for row := top; row > 0; row-- {
		var sb strings.Builder
		for _, c := range col {
			if c >= row {
				sb.WriteString(" * ")
			} else {
				sb.WriteString("   ")
			}
		}
		fmt.Println(strings.TrimRight(sb.String(), " "))
	}
	fmt.Println(strings.Repeat("---", len(col)))
}
