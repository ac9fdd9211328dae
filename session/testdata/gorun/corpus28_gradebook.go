package main

import (
	"fmt"
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
	}
	return "F"
}

type ByAvg []Student

func (b ByAvg) Len() int           { return len(b) }
func (b ByAvg) Less(i, j int) bool { return b[i].Average() > b[j].Average() }
func (b ByAvg) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	book := []Student{
		{"Zoe", []int{90, 85, 77}},
		{"Adam", []int{70, 80, 90}},
		{"Mia", []int{100, 95, 98}},
		{"Liam", []int{60, 75, 90}},
		{"Ava", []int{84, 84, 84}},
		{"Noah", []int{50, 55, 40}},
		{"Emma", []int{}},
	}
	byName := append([]Student(nil), book...)
	sort.SliceStable(byName, func(i, j int) bool { return byName[i].Name < byName[j].Name })
	for _, s := range byName {
		fmt.Printf("%-5s %v\n", s.Name, s.Scores)
	}
	sort.SliceStable(book, func(i, j int) bool {
		return letter(book[i].Average()) < letter(book[j].Average())
	})
	fmt.Println("by letter (stable):")
	for _, s := range book {
		fmt.Printf("  %s %-5s %6.2f\n", letter(s.Average()), s.Name, s.Average())
	}
	sort.Stable(ByAvg(book))
	names := make([]string, len(book))
	for i, s := range book {
		names[i] = s.Name
	}
	fmt.Println("ranking:", strings.Join(names, " > "))
	dist := map[string][]string{}
	for _, s := range book {
		l := letter(s.Average())
		dist[l] = append(dist[l], s.Name)
	}
	for _, l := range []string{"A", "B", "C", "D", "F"} {
		sort.Strings(dist[l])
		fmt.Printf("%s: %d %v\n", l, len(dist[l]), dist[l])
	}
	best := book[0]
	fmt.Printf("top: %+v avg=%.3f sorted=%t\n", best, best.Average(), sort.IsSorted(ByAvg(book)))
	idx := sort.Search(len(byName), func(i int) bool { return byName[i].Name >= "Liam" })
	fmt.Println("Liam at", idx, byName[idx].Name)
}
