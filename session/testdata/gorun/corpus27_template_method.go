package main

import (
	"fmt"
	"strings"
)

// The steps that vary.
type ReportSteps interface {
	Header() string
	Rows() [][]string
	Footer(n int) string
}

// Template method: Render fixes the algorithm and calls the steps.
func Render(s ReportSteps) string {
	var b strings.Builder
	b.WriteString(s.Header() + "\n")
	rows := s.Rows()
	for _, r := range rows {
		b.WriteString(strings.Join(r, " | ") + "\n")
	}
	b.WriteString(s.Footer(len(rows)))
	return b.String()
}

// Defaults a concrete report can embed.
type DefaultSteps struct{ Title string }

func (d DefaultSteps) Header() string      { return "== " + d.Title + " ==" }
func (d DefaultSteps) Footer(n int) string { return fmt.Sprintf("(%d rows)", n) }

type SalesReport struct {
	DefaultSteps
	Sales map[string]int
	Order []string
}

func (s SalesReport) Rows() [][]string {
	var out [][]string
	for _, k := range s.Order {
		out = append(out, []string{k, fmt.Sprint(s.Sales[k])})
	}
	return out
}

type InventoryReport struct {
	DefaultSteps
	Items []string
}

func (r InventoryReport) Rows() [][]string {
	out := make([][]string, len(r.Items))
	for i, it := range r.Items {
		out[i] = []string{fmt.Sprintf("%02d", i+1), it}
	}
	return out
}

// Overrides the footer but keeps the header.
func (r InventoryReport) Footer(n int) string {
	return fmt.Sprintf("%s (%d items in stock)", r.DefaultSteps.Footer(n), n)
}

func main() {
	sales := SalesReport{
		DefaultSteps: DefaultSteps{"Q1 Sales"},
		Sales:        map[string]int{"north": 120, "south": 80, "east": 95},
		Order:        []string{"east", "north", "south"},
	}
	fmt.Println(Render(sales))
	inv := InventoryReport{DefaultSteps{"Inventory"}, []string{"bolts", "nuts", "gears"}}
	fmt.Println(Render(inv))
	fmt.Println(Render(InventoryReport{DefaultSteps: DefaultSteps{Title: "Empty"}}))
	var steps []ReportSteps = []ReportSteps{sales, inv}
	for _, s := range steps {
		fmt.Printf("%T: %s\n", s, s.Header())
	}
}
