package main

import (
	"fmt"
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
	var sum float64
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
	default:
		return "F"
	}
}

func main() {
	students := []Student{
		{"Alice", map[string]float64{"math": 95, "science": 88, "english": 92}},
		{"Bob", map[string]float64{"math": 72, "science": 65, "english": 80}},
		{"Charlie", map[string]float64{"math": 55, "science": 61, "english": 58}},
		{"Diana", map[string]float64{"math": 85, "science": 91, "english": 79}},
		{"Eve", map[string]float64{}},
	}
	sort.Slice(students, func(i, j int) bool { return students[i].Average() > students[j].Average() })

	fmt.Printf("%-8s|%8s|%6s\n", "Name", "Average", "Grade")
	fmt.Println(strings.Repeat("-", 24))
	dist := map[string]int{}
	for rank, s := range students {
		avg := s.Average()
		g := letter(avg)
		dist[g]++
		fmt.Printf("%-8s|%8.2f|%6s  #%d\n", s.Name, avg, g, rank+1)
	}

	subjects := []string{"english", "math", "science"}
	for _, sub := range subjects {
		best, bestScore := "", -1.0
		total, n := 0.0, 0
		for _, s := range students {
			if sc, ok := s.Scores[sub]; ok {
				total += sc
				n++
				if sc > bestScore {
					best, bestScore = s.Name, sc
				}
			}
		}
		fmt.Printf("%-8s avg %.1f, top %s (%.0f)\n", sub, total/float64(n), best, bestScore)
	}
	for _, g := range []string{"A", "B", "C", "D", "F"} {
		fmt.Printf("%s: %s\n", g, strings.Repeat("*", dist[g]))
	}
	var passed, failed []string
	for _, s := range students {
		if s.Average() >= 60 {
			passed = append(passed, s.Name)
		} else {
			failed = append(failed, s.Name)
		}
	}
	fmt.Println("passed:", passed, "failed:", failed)
	curve := func(s *Student, pts float64) {
		for k := range s.Scores {
			s.Scores[k] = min(100, s.Scores[k]+pts)
		}
	}
	for i := range students {
		curve(&students[i], 7)
	}
	fmt.Printf("after curve: %.2f %.2f\n", students[0].Average(), students[len(students)-2].Average())
}
