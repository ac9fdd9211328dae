package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

type item struct {
	name  string
	qty   int
	price float64
}

func main() {
	items := []item{
		{"Widget", 4, 2.5},
		{"Extra-long gadget", 1, 129.99},
		{"Nut", 250, 0.04},
	}
	sort.Slice(items, func(i, j int) bool { return items[i].name < items[j].name })

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tQTY\tPRICE\tTOTAL\t")
	fmt.Fprintln(w, "----\t---\t-----\t-----\t")
	var sum float64
	for _, it := range items {
		total := float64(it.qty) * it.price
		sum += total
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%.2f\t\n", it.name, it.qty, it.price, total)
	}
	fmt.Fprintf(w, "\t\t\t%.2f\t\n", sum)
	w.Flush()

	fmt.Println()
	right := tabwriter.NewWriter(os.Stdout, 5, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(right, "a\tbbb\tc\t")
	fmt.Fprintln(right, "aaaa\tb\tccccc\t")
	fmt.Fprintln(right, "x\t\ty\t")
	right.Flush()

	fmt.Println()
	tabs := tabwriter.NewWriter(os.Stdout, 8, 8, 0, '\t', 0)
	fmt.Fprintln(tabs, "key\tvalue")
	fmt.Fprintln(tabs, "timeout\t30s")
	fmt.Fprintln(tabs, "retries\t3")
	tabs.Flush()

	dots := tabwriter.NewWriter(os.Stdout, 0, 0, 1, '.', tabwriter.FilterHTML)
	fmt.Fprintln(dots, "<b>bold</b>\tx\t")
	fmt.Fprintln(dots, "plain text\ty\t")
	dots.Flush()
}
