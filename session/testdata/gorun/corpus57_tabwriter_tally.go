package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

type Result int

const (
	Loss Result = iota
	Draw
	Win
)

var points = [...]int{Loss: 0, Draw: 1, Win: 3}

func (r Result) String() string { return [...]string{"L", "D", "W"}[r] }

type Row struct {
	Team    string
	Results []Result
}

func (r Row) Points() (p int) {
	for _, x := range r.Results {
		p += points[x]
	}
	return
}

type byPoints []Row

func (b byPoints) Len() int      { return len(b) }
func (b byPoints) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byPoints) Less(i, j int) bool {
	if pi, pj := b[i].Points(), b[j].Points(); pi != pj {
		return pi > pj
	}
	return b[i].Team < b[j].Team
}

func main() {
	rows := []Row{
		{"Rovers", []Result{Win, Loss, Draw}},
		{"United", []Result{Win, Win, Win}},
		{"Athletic", []Result{Draw, Draw, Loss}},
		{"City", []Result{Loss, Win, Draw}},
	}
	sort.Sort(byPoints(rows))
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "Team\tForm\tPts\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%v\t%d\t\n", r.Team, r.Results, r.Points())
	}
	tw.Flush()
	fmt.Println(sort.IsSorted(byPoints(rows)), rows[0].Results[0], points)
	fmt.Printf("%v %d %s %q\n", Win, Win, Draw, Loss)
	fmt.Printf("%6.2f%% %x %X %U %c\n", 12.3456, "hi", []byte("ok"), 'é', 0x1F600)
}
