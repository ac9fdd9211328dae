package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type Row struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	rows := []Row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"kiwi", 12, 0.2}}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tQTY\tPRICE\tTOTAL\t")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%.2f\t\n", r.Name, r.Qty, r.Price, float64(r.Qty)*r.Price)
	}
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tbbb\tc\t")
	fmt.Fprintln(w, "aaaa\tb\tccccc\t")
	fmt.Fprintln(w, "x\t\ty\t")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 1, '\t', tabwriter.TabIndent)
	fmt.Fprintf(w, "key\tvalue\n")
	fmt.Fprintf(w, "longer-key\tv2\n")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 8, 8, 1, ' ', tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "one\t\ttwo")
	fmt.Fprintln(w, "three\t\tfour")
	w.Flush()
}
