package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type Order struct {
	ID       int
	Customer string
	Items    map[string]int
	Discount float64
}

var prices = map[string]float64{"pen": 1.2, "notebook": 3.5, "bag": 24.99, "ink": 6.75}

func (o Order) Total() float64 {
	t := 0.0
	for item, qty := range o.Items {
		t += prices[item] * float64(qty)
	}
	return t * (1 - o.Discount)
}

func main() {
	orders := []Order{
		{101, "acme", map[string]int{"pen": 10, "ink": 2}, 0},
		{102, "globex", map[string]int{"bag": 1}, 0.1},
		{103, "acme", map[string]int{"notebook": 4, "pen": 4}, 0.05},
		{104, "initech", map[string]int{"ink": 1, "bag": 2, "pen": 1}, 0},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "id\tcustomer\titems\ttotal\t")
	for _, o := range orders {
		names := make([]string, 0, len(o.Items))
		for k := range o.Items {
			names = append(names, fmt.Sprintf("%s×%d", k, o.Items[k]))
		}
		sort.Strings(names)
		fmt.Fprintf(w, "%d\t%s\t%s\t%.2f\t\n", o.ID, o.Customer, strings.Join(names, ","), o.Total())
	}
	w.Flush()
	per := map[string]float64{}
	for _, o := range orders {
		per[o.Customer] += o.Total()
	}
	custs := make([]string, 0, len(per))
	for c := range per {
		custs = append(custs, c)
	}
	sort.Slice(custs, func(i, j int) bool { return per[custs[i]] > per[custs[j]] })
	tw := tabwriter.NewWriter(os.Stdout, 8, 4, 1, '.', 0)
	for _, c := range custs {
		fmt.Fprintf(tw, "%s\t%8.2f\n", c, per[c])
	}
	tw.Flush()
	fmt.Fprintf(os.Stdout, "%s|%6s|%-6s|%06.2f|%x\n", "end", "r", "l", 3.14159, "hi")
}
