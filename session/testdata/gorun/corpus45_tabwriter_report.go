package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type employee struct {
	Name   string
	Dept   string
	Salary float64
	Years  int
}

func main() {
	staff := []employee{
		{"Alice", "Engineering", 125000, 6},
		{"Bob", "Marketing", 72000.5, 2},
		{"Christina", "Engineering", 98000, 11},
		{"Dan", "Support", 51000, 1},
	}

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tDEPARTMENT\tSALARY\tYEARS\t")
	fmt.Fprintln(w, "----\t----------\t------\t-----\t")
	var sum float64
	for _, e := range staff {
		fmt.Fprintf(w, "%s\t%s\t%.2f\t%d\t\n", e.Name, e.Dept, e.Salary, e.Years)
		sum += e.Salary
	}
	fmt.Fprintf(w, "\t\t%.2f\t\t\n", sum)
	w.Flush()

	fmt.Println()
	rw := tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(rw, "a\tbbb\tcc\t")
	fmt.Fprintln(rw, "aaaa\tb\tcccccc\t")
	fmt.Fprintln(rw, "x\ty\tz\t")
	rw.Flush()

	fmt.Println()
	tw := new(tabwriter.Writer)
	tw.Init(os.Stdout, 0, 4, 1, '\t', 0)
	fmt.Fprintln(tw, "key\tvalue")
	fmt.Fprintln(tw, "timeout\t30s")
	fmt.Fprintln(tw, "retries\t3")
	tw.Flush()
}
