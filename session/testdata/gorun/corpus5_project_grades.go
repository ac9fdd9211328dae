package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Scores map[string]float64
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	sum := 0.0
	for _, v := range s.Scores {
		sum += v
	}
	return sum / float64(len(s.Scores))
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
	}
	return "F"
}

type Class []Student

func (c Class) Len() int           { return len(c) }
func (c Class) Less(i, j int) bool { return c[i].Average() > c[j].Average() }
func (c Class) Swap(i, j int)      { c[i], c[j] = c[j], c[i] }

func stats(vals []float64) (mean, stddev, median float64) {
	for _, v := range vals {
		mean += v
	}
	mean /= float64(len(vals))
	for _, v := range vals {
		stddev += (v - mean) * (v - mean)
	}
	stddev = math.Sqrt(stddev / float64(len(vals)))
	sorted := append([]float64(nil), vals...)
	sort.Float64s(sorted)
	mid := len(sorted) / 2
	if len(sorted)%2 == 0 {
		median = (sorted[mid-1] + sorted[mid]) / 2
	} else {
		median = sorted[mid]
	}
	return
}

func main() {
	class := Class{
		{"Alice", map[string]float64{"math": 92, "art": 88, "history": 95}},
		{"Bob", map[string]float64{"math": 75, "art": 64, "history": 70}},
		{"Chen", map[string]float64{"math": 85, "art": 91, "history": 79}},
		{"Dana", map[string]float64{"math": 55, "art": 62, "history": 58}},
		{"Eve", map[string]float64{}},
	}
	sort.Sort(class)
	fmt.Println(strings.Repeat("-", 24))
	for rank, s := range class {
		avg := s.Average()
		fmt.Printf("%d. %-6s %6.2f %s\n", rank+1, s.Name, avg, letter(avg))
	}
	fmt.Println(strings.Repeat("-", 24))
	subjects := map[string][]float64{}
	for _, s := range class {
		for subj, v := range s.Scores {
			subjects[subj] = append(subjects[subj], v)
		}
	}
	names := make([]string, 0, len(subjects))
	for n := range subjects {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		m, sd, med := stats(subjects[n])
		fmt.Printf("%-8s mean=%.2f sd=%.2f median=%.1f\n", n, m, sd, med)
	}
	dist := map[string]int{}
	for _, s := range class {
		dist[letter(s.Average())]++
	}
	for _, g := range []string{"A", "B", "C", "D", "F"} {
		fmt.Printf("%s: %s\n", g, strings.Repeat("#", dist[g]))
	}
	best := class[0]
	best.Scores["bonus"] = 100
	fmt.Printf("%.2f\n", class[0].Average())
}
