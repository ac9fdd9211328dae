package main

import (
	"fmt"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	ID     int
	Scores []float64
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	total := 0.0
	for _, sc := range s.Scores {
		total += sc
	}
	return total / float64(len(s.Scores))
}

func (s Student) Grade() string {
	avg := s.Average()
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

func (s *Student) AddScore(sc float64) { s.Scores = append(s.Scores, sc) }

type Class []Student

func (c Class) Report() {
	fmt.Printf("%-4s %-10s %7s %5s\n", "ID", "Name", "Avg", "Grade")
	fmt.Println(strings.Repeat("-", 29))
	for _, s := range c {
		fmt.Printf("%-4d %-10s %7.2f %5s\n", s.ID, s.Name, s.Average(), s.Grade())
	}
}

func main() {
	class := Class{
		{"Alice", 1, []float64{92, 88, 95}},
		{"Bob", 2, []float64{75, 64, 81}},
		{"Charlie", 3, []float64{58, 62, 49}},
		{"Diana", 4, []float64{85, 91, 78}},
		{"Eve", 5, nil},
	}
	class[4].AddScore(70)
	class[4].AddScore(73.5)
	class.Report()

	sort.SliceStable(class, func(i, j int) bool { return class[i].Average() > class[j].Average() })
	fmt.Println("ranking:")
	for rank, s := range class {
		fmt.Printf("%d. %s (%.1f)\n", rank+1, s.Name, s.Average())
	}
	dist := map[string]int{}
	for _, s := range class {
		dist[s.Grade()]++
	}
	for _, g := range []string{"A", "B", "C", "D", "F"} {
		fmt.Printf("%s:%d ", g, dist[g])
	}
	fmt.Println()
	fmt.Printf("%v\n", class[0])
}
