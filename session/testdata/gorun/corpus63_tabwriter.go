package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type Process struct {
	PID     int
	User    string
	CPU     float64
	Mem     int
	Command string
}

func main() {
	procs := []Process{
		{1, "root", 0.0, 1024, "/sbin/init"},
		{422, "www-data", 12.5, 204800, "nginx: worker process"},
		{1337, "gopher", 99.9, 51200, "go build ./..."},
		{20001, "db", 3.25, 1048576, "postgres"},
	}

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "PID\tUSER\tCPU%\tMEM(KB)\tCOMMAND")
	for _, p := range procs {
		fmt.Fprintf(w, "%d\t%s\t%.1f\t%d\t%s\n", p.PID, p.User, p.CPU, p.Mem, p.Command)
	}
	w.Flush()
	fmt.Println()

	r := tabwriter.NewWriter(os.Stdout, 6, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(r, "a\tbbb\tcc\t")
	fmt.Fprintln(r, "aaaa\tb\tccccccc\t")
	fmt.Fprintln(r, "x\t\ty\t")
	r.Flush()
	fmt.Println()

	d := tabwriter.NewWriter(os.Stdout, 0, 4, 1, '.', tabwriter.Debug)
	fmt.Fprintln(d, "key\tvalue")
	fmt.Fprintln(d, "longer key\tv")
	fmt.Fprintln(d, "")
	fmt.Fprintln(d, "new block\tafter empty line")
	d.Flush()

	t := tabwriter.NewWriter(os.Stdout, 8, 8, 0, '\t', 0)
	fmt.Fprintln(t, "name\tsize\tok")
	fmt.Fprintln(t, "short\t1\ttrue")
	fmt.Fprintln(t, "a-much-longer-name\t123456\tfalse")
	t.Flush()
}
