package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Student struct {
	First, Last string
	Grades      []int
}

func (s Student) FullName() string { return s.First + " " + s.Last }

func (s Student) Average() float64 {
	if len(s.Grades) == 0 {
		return 0
	}
	sum := 0
	for _, g := range s.Grades {
		sum += g
	}
	return float64(sum) / float64(len(s.Grades))
}

func (s *Student) Initials() string {
	return s.First[:1] + s.Last[:1]
}

func (s Student) Passed(min float64) bool { return s.Average() >= min }

func (s Student) Best() (int, error) {
	if len(s.Grades) == 0 {
		return 0, fmt.Errorf("%s has no grades", s.FullName())
	}
	best := s.Grades[0]
	for _, g := range s.Grades {
		if g > best {
			best = g
		}
	}
	return best, nil
}

type Class struct {
	Title    string
	Students []*Student
}

func (c Class) Count() int { return len(c.Students) }

func (c Class) Banner() string { return strings.Repeat("=", len(c.Title)) }

const report = `{{.Title}}
{{.Banner}}
{{range .Students}}{{.Initials}} {{.FullName | printf "%-14s"}} avg {{printf "%5.1f" .Average}} {{if .Passed 60.0}}pass{{else}}fail{{end}} best {{.Best}}
{{end}}{{.Count}} students
`

func main() {
	c := Class{
		Title: "Intro to Go",
		Students: []*Student{
			{"Rob", "Pike", []int{90, 85, 99}},
			{"Ken", "Thompson", []int{70, 40, 55}},
			{"Robert", "Griesemer", []int{100}},
		},
	}
	sort.Slice(c.Students, func(i, j int) bool { return c.Students[i].Last < c.Students[j].Last })
	t := template.Must(template.New("report").Parse(report))
	if err := t.Execute(os.Stdout, c); err != nil {
		fmt.Println("error:", err)
	}
	c.Students = append(c.Students, &Student{First: "New", Last: "Student"})
	err := t.Execute(os.Stdout, c)
	fmt.Println()
	fmt.Println("error:", err)
}
