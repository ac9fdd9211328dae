package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Scores []int
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	sum := 0
	for _, v := range s.Scores {
		sum += v
	}
	return float64(sum) / float64(len(s.Scores))
}

func letter(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	case avg >= 60:
		return "D"
	default:
		return "F"
	}
}

func stddev(xs []float64) float64 {
	mean := 0.0
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	v := 0.0
	for _, x := range xs {
		v += (x - mean) * (x - mean)
	}
	return math.Sqrt(v / float64(len(xs)))
}

type byAverage []Student

func (b byAverage) Len() int           { return len(b) }
func (b byAverage) Less(i, j int) bool { return b[i].Average() > b[j].Average() }
func (b byAverage) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	class := []Student{
		{"Maya", []int{95, 88, 92}},
		{"Leo", []int{72, 65, 80, 70}},
		{"Zoe", []int{55, 61, 58}},
		{"Ian", []int{88, 91, 79}},
		{"Ana", nil},
	}
	sort.Sort(byAverage(class))
	dist := map[string]int{}
	var avgs []float64
	for rank, s := range class {
		avg := s.Average()
		g := letter(avg)
		dist[g]++
		avgs = append(avgs, avg)
		fmt.Printf("%d. %-5s %6.2f %s %v\n", rank+1, s.Name, avg, g, s.Scores)
	}
	fmt.Printf("stddev %.3f\n", stddev(avgs))
	for _, g := range strings.Split("ABCDF", "") {
		fmt.Printf("%s:%s ", g, strings.Repeat("#", dist[g]))
	}
	fmt.Println()
	best := class[0]
	best.Scores = append(best.Scores, 100)
	fmt.Println(best.Average() > class[0].Average(), len(class[0].Scores))
	sort.SliceStable(class, func(i, j int) bool { return len(class[i].Name) < len(class[j].Name) })
	fmt.Println(class)
}
