package main

import (
	"fmt"
	"strings"
)

// Steps is what each concrete report supplies.
type Steps interface {
	Header() string
	Rows() [][]string
	Footer(n int) string
}

// Render is the fixed algorithm; the varying parts come from Steps.
func Render(s Steps) string {
	var b strings.Builder
	b.WriteString(s.Header() + "\n")
	rows := s.Rows()
	for _, r := range rows {
		b.WriteString("  " + strings.Join(r, " | ") + "\n")
	}
	b.WriteString(s.Footer(len(rows)) + "\n")
	return b.String()
}

type defaultFooter struct{}

func (defaultFooter) Footer(n int) string { return fmt.Sprintf("(%d rows)", n) }

type salesReport struct {
	defaultFooter
	sales map[string]int
	order []string
}

func (s salesReport) Header() string { return "SALES" }
func (s salesReport) Rows() [][]string {
	var rows [][]string
	for _, k := range s.order {
		rows = append(rows, []string{k, fmt.Sprint(s.sales[k])})
	}
	return rows
}

type csvReport struct {
	lines []string
}

func (c csvReport) Header() string { return "CSV" }
func (c csvReport) Rows() [][]string {
	out := make([][]string, 0, len(c.lines))
	for _, l := range c.lines {
		out = append(out, strings.Split(l, ","))
	}
	return out
}
func (c csvReport) Footer(n int) string { return strings.Repeat("=", n*3) }

type hooks struct {
	before, after func(string)
}

func process(items []string, h hooks) {
	for _, it := range items {
		if h.before != nil {
			h.before(it)
		}
		fmt.Println("process", it)
		if h.after != nil {
			h.after(it)
		}
	}
}

func main() {
	fmt.Print(Render(salesReport{sales: map[string]int{"north": 10, "south": 7}, order: []string{"south", "north"}}))
	fmt.Print(Render(csvReport{[]string{"a,b,c", "1,2,3"}}))
	n := 0
	process([]string{"x", "y"}, hooks{before: func(s string) { n++; fmt.Println("before", s, n) }})
	process([]string{"z"}, hooks{after: func(s string) { fmt.Println("after", s) }})
}
