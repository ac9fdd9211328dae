package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type Employee struct {
	Name   string
	Dept   string
	Salary float64
	Remote bool
}

func main() {
	staff := []Employee{
		{"Alice", "Engineering", 125000, true},
		{"Bob", "Sales", 72000.5, false},
		{"Christina", "Ops", 88000, true},
		{"Dan", "Engineering", 131500, false},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tDEPT\tSALARY\tREMOTE\t")
	fmt.Fprintln(w, "----\t----\t------\t------\t")
	total := 0.0
	for _, e := range staff {
		fmt.Fprintf(w, "%s\t%s\t%.2f\t%v\t\n", e.Name, e.Dept, e.Salary, e.Remote)
		total += e.Salary
	}
	fmt.Fprintf(w, "\t\t%.2f\t\t\n", total)
	w.Flush()

	fmt.Println()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	for _, e := range staff {
		fmt.Fprintf(w, "%s\t%d\t%s\t\n", e.Name, len(e.Name), e.Dept)
	}
	w.Flush()
}
