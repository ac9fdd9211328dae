package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type server struct {
	name   string
	cpu    float64
	memMB  int
	status string
}

func main() {
	servers := []server{
		{"web-01", 12.5, 512, "ok"},
		{"db-primary", 87.25, 16384, "busy"},
		{"cache", 3, 2048, "ok"},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tCPU%\tMEM(MB)\tSTATUS")
	for _, s := range servers {
		fmt.Fprintf(w, "%s\t%.1f\t%d\t%s\n", s.name, s.cpu, s.memMB, s.status)
	}
	w.Flush()

	fmt.Println()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc\t")
	fmt.Fprintln(w, "aaa\tbbbbbb\tc\t")
	fmt.Fprintln(w, "x\t\tlonger cell\t")
	w.Flush()

	fmt.Println()
	tw := new(tabwriter.Writer)
	tw.Init(os.Stdout, 8, 8, 0, '\t', 0)
	fmt.Fprintln(tw, "key\tvalue")
	fmt.Fprintln(tw, "timeout\t30s")
	fmt.Fprintln(tw, "retries\t3")
	tw.Flush()
}
