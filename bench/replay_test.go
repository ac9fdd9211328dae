package bench

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/client"
	"github.com/gogil/gogil/internal/notebook"
	"github.com/gogil/gogil/internal/testkit"
)

// The replay runs the timing cells of notebooks/release-the-gil.ipynb, so
// the benchmark measures exactly what the notebook shows. Cells are picked
// by their place among the notebook's code cells (1-based, as `gogil run`
// numbers them); the cases name the article's cells.
const replayNotebook = "../notebooks/release-the-gil.ipynb"

var replaySetup = []int{1, 2, 9} // constants, the "Cython" and the "Numba" functions

// replayCase is one ratio of the comparison: a case cell's wall time over
// its section's single call (cell 3 for Cython, 10 for Numba).
type replayCase struct {
	name               string
	cell, baseline     int
	article, reference string // the article's ratio, and CPython+Numba measured here
	low, high          float64
}

var replayCases = []replayCase{
	{"Cython: single nogil / single gil (cells 4/3)", 4, 3, "1.04", "-", 0.95, 1.05},
	{"Cython: gil + gil (cell 5)", 5, 3, "1.73", "-", 1.85, 2.15},
	{"Cython: nogil first + gil (cell 6)", 6, 3, "0.96", "-", 0.85, 1.15},
	{"Cython: gil first + nogil (cell 7)", 7, 3, "1.81", "-", 1.85, 2.15},
	{"Numba: gil + gil (cell 11)", 11, 10, "2.16", "2.00, 1.98", 1.85, 2.15},
	{"Numba: nogil first + gil (cell 12)", 12, 10, "1.11", "1.00, 1.02", 0.85, 1.15},
	{"Numba: gil first + nogil (cell 13)", 13, 10, "2.08", "1.99, 2.00", 1.85, 2.15},
}

var wallTime = regexp.MustCompile(`Wall time: ([0-9.e+]+) ?(ns|µs|us|ms|s|min)?`)

// parseWall reads the "Wall time:" line %%time printed, in IPython's units.
func parseWall(out string) (time.Duration, error) {
	m := wallTime.FindStringSubmatch(out)
	if m == nil {
		return 0, fmt.Errorf("no Wall time in %q", out)
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, err
	}
	unit := map[string]float64{"ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1, "min": 60}[m[2]]
	return time.Duration(v * unit * float64(time.Second)), nil
}

// BenchmarkReleaseTheGIL replays the article's timing cells through the
// real kernel, several rounds (-count or -benchtime Nx), and prints the
// median ratios beside the article's and CPython+Numba's:
//
//	go test -run '^$' -bench ReleaseTheGIL -benchtime 5x ./bench/
func BenchmarkReleaseTheGIL(b *testing.B) {
	nb, err := notebook.Read(replayNotebook)
	if err != nil {
		b.Fatal(err)
	}
	var code []string
	for _, c := range nb.Cells {
		if c.Type == notebook.Code {
			code = append(code, c.Source)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	c, err := client.Launch(ctx, []string{testkit.Binary(b), "kernel", "{connection_file}"}, client.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer func() {
		c.Shutdown(ctx, false)
		c.Close()
	}()
	run := func(i int) string {
		ex, err := c.Execute(ctx, code[i-1], client.ExecuteOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if f := ex.Failed(); f != nil {
			b.Fatalf("cell %d: %s: %s", i, f.EName, f.EValue)
		}
		return ex.Stdout()
	}
	for _, i := range replaySetup {
		run(i)
	}
	wall := func(i int) float64 {
		d, err := parseWall(run(i))
		if err != nil {
			b.Fatalf("cell %d: %v", i, err)
		}
		return d.Seconds()
	}
	// The shared cores here steal time in bursts: the same compiled loop
	// takes anywhere from 0.36 to 0.68 s from one call to the next. So each
	// case is measured between two runs of its baseline, and its ratio is
	// to their mean; the table gives the median of those ratios.
	ratios := map[string][]float64{}
	for b.Loop() {
		for _, rc := range replayCases {
			before := wall(rc.baseline)
			c := wall(rc.cell)
			after := wall(rc.baseline)
			ratios[rc.name] = append(ratios[rc.name], c/((before+after)/2))
		}
	}
	median := func(v []float64) float64 {
		s := append([]float64(nil), v...)
		sort.Float64s(s)
		return s[len(s)/2]
	}

	fmt.Fprintf(os.Stdout, "\n\"Release the GIL\" replayed: wall-time ratios to the single call, median of %d round(s)\n\n", len(ratios[replayCases[0].name]))
	fmt.Fprintf(os.Stdout, "| %-46s | %-7s | %-20s | %-7s | %-9s | %s\n", "case", "article", "CPython+Numba (here)", "gogil", "target", "all rounds")
	fmt.Fprintf(os.Stdout, "|%s|%s|%s|%s|%s|%s\n", strings.Repeat("-", 48), strings.Repeat("-", 9), strings.Repeat("-", 22), strings.Repeat("-", 9), strings.Repeat("-", 11), strings.Repeat("-", 12))
	for _, rc := range replayCases {
		ratio := median(ratios[rc.name])
		mark := ""
		if ratio < rc.low || ratio > rc.high {
			mark = " (off target)"
		}
		all := make([]string, len(ratios[rc.name]))
		for i, r := range ratios[rc.name] {
			all[i] = fmt.Sprintf("%.2f", r)
		}
		b.ReportMetric(ratio, strings.ReplaceAll(strings.Fields(rc.name)[0]+"-cell"+strconv.Itoa(rc.cell), ":", "")+"-ratio")
		fmt.Fprintf(os.Stdout, "| %-46s | %-7s | %-20s | %-7.2f | %.2f–%.2f | %s%s\n", rc.name, rc.article, rc.reference, ratio, rc.low, rc.high, strings.Join(all, " "), mark)
	}
	fmt.Fprintln(os.Stdout)
}
