package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name   string
	Scores []int
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	total := 0
	for _, sc := range s.Scores {
		total += sc
	}
	return float64(total) / float64(len(s.Scores))
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

func main() {
	students := []Student{
		{"Alice", []int{92, 88, 95}},
		{"Bob", []int{75, 64, 81}},
		{"Charlie", []int{58, 62, 49}},
		{"Diana", []int{85, 90, 78}},
		{"Eve", nil},
	}

	sort.Slice(students, func(i, j int) bool {
		return students[i].Average() > students[j].Average()
	})

	fmt.Printf("%-10s %7s %5s\n", "Student", "Average", "Grade")
	dist := map[string]int{}
	classTotal := 0.0
	for _, s := range students {
		avg := s.Average()
		g := letter(avg)
		dist[g]++
		classTotal += avg
		fmt.Printf("%-10s %7.2f %5s\n", s.Name, avg, g)
	}
	fmt.Printf("Class average: %.2f\n", classTotal/float64(len(students)))
	for _, g := range []string{"A", "B", "C", "D", "F"} {
		fmt.Printf("%s: %d\n", g, dist[g])
	}
	best := students[0]
	fmt.Printf("Top student: %s (%.1f)\n", best.Name, best.Average())
}
