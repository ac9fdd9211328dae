package bench

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/client"
	"github.com/gogil/gogil/internal/testkit"
)

// SoakCellsEnv overrides how many cells the soak runs (10,000; 2,000 with
// -short), to try it quickly.
const SoakCellsEnv = "GOGIL_SOAK_CELLS"

// soakBlock is how many cells lie between two memory and round-trip
// readings.
const soakBlock = 1000

// soakCell is one kind of cell the soak mixes in.
type soakCell struct {
	kind string
	code string
	// ename is the error the cell must end with ("" for success);
	// "KeyboardInterrupt" cells are interrupted once they started.
	ename string
}

// trivialCell is what the round trip is measured on, as in the issue.
var trivialCell = soakCell{kind: "trivial", code: "x := 1"}

// soakMix is one cycle of the soak; cells repeat it in order. A third of
// it is the trivial cell, whose round trip per block shows drift; every
// other cell leaves the kernel as it found it (its goroutines and threads
// end with the cell), so growth is the kernel's own.
var soakMix = []soakCell{
	trivialCell,
	{kind: "output", code: `for i := 0; i < 20; i++ { fmt.Println("line", i) }`},
	{kind: "result", code: "x + 41"},
	trivialCell,
	{kind: "stderr", code: `fmt.Fprintln(os.Stderr, "to stderr")`},
	{kind: "compile error", code: "undefinedName + 1", ename: "CompileError"},
	{kind: "declaration", code: "func double(n int) int { return 2 * n }\ndouble(x)"},
	trivialCell,
	{kind: "panic", code: `panic("soak")`, ename: "panic"},
	{kind: "runtime panic", code: "var m map[string]int\nm[\"a\"] = 1", ename: "panic"},
	{kind: "goroutines", code: "var wg sync.WaitGroup\nfor i := 0; i < 10; i++ {\n\twg.Add(1)\n\tgo func() { defer wg.Done(); fmt.Print(\"\") }()\n}\nwg.Wait()"},
	trivialCell,
	{kind: "goroutine output", code: "done := make(chan bool)\ngo func() { fmt.Println(\"from a goroutine\"); done <- true }()\n<-done"},
	{kind: "%%gil thread", code: "%%gil\ntt := threading.Thread(func() int { return 7 })\ntt.Start()\ntt.Join()\ntt.Result()"},
	trivialCell,
	{kind: "%%gil go statement", code: "%%gil\nresults := make(chan int, 1)\ngo func() { results <- 1 }()\n<-results"},
	{kind: "syntax error", code: "1 +* 2", ename: "CompileError"},
	trivialCell,
}

// Every 100th cell is interrupted instead, half of them in a busy loop and
// half in a blocking call.
var soakInterrupts = []soakCell{
	{kind: "interrupt loop", code: "for {}", ename: "KeyboardInterrupt"},
	{kind: "interrupt sleep", code: "time.Sleep(time.Hour)", ename: "KeyboardInterrupt"},
}

// SoakKindsEnv restricts the soak to some kinds of cells (a comma-separated
// list of soakCell.kind; the trivial cell always stays), to find which one
// makes memory or the round trip grow.
const SoakKindsEnv = "GOGIL_SOAK_KINDS"

// soakSchedule is the cells the soak runs, in order.
func soakSchedule(tb testing.TB, cells int) []soakCell {
	keep := func(soakCell) bool { return true }
	if v := os.Getenv(SoakKindsEnv); v != "" {
		kinds := strings.Split(v, ",")
		known := map[string]bool{}
		for _, c := range append(slices.Clone(soakMix), soakInterrupts...) {
			known[c.kind] = true
		}
		for _, k := range kinds {
			if !known[k] {
				tb.Fatalf("%s: no cell kind %q", SoakKindsEnv, k)
			}
		}
		keep = func(c soakCell) bool { return c == trivialCell || slices.Contains(kinds, c.kind) }
	}
	var mix, interrupts []soakCell
	for _, c := range soakMix {
		if keep(c) {
			mix = append(mix, c)
		}
	}
	for _, c := range soakInterrupts {
		if keep(c) {
			interrupts = append(interrupts, c)
		}
	}
	schedule := make([]soakCell, cells)
	for i := range schedule {
		if i%100 == 99 && len(interrupts) > 0 {
			schedule[i] = interrupts[(i/100)%len(interrupts)]
		} else {
			schedule[i] = mix[i%len(mix)]
		}
	}
	return schedule
}

func soakCells(tb testing.TB) int {
	if v := os.Getenv(SoakCellsEnv); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			tb.Fatalf("%s=%q: want a positive number of cells", SoakCellsEnv, v)
		}
		return n
	}
	if testing.Short() {
		return 2000
	}
	return 10000
}

// SoakHeapEnv names a directory where the soak has the kernel write a heap
// profile (heap-<cells>.pprof, after a GC) at the start and after every
// block, to see what grows: go tool pprof -inuse_space -base heap-1000.pprof
// heap-10000.pprof. The profiling cell runs outside the timed cells.
const SoakHeapEnv = "GOGIL_SOAK_HEAP"

// heapCell writes the kernel's heap profile to path. It declares nothing at
// the top level, so it leaves the session as it found it.
func heapCell(path string) string {
	return fmt.Sprintf(`import ("os"; "runtime"; "runtime/pprof")
func() { runtime.GC(); f, err := os.Create(%q); if err != nil { panic(err) }; defer f.Close(); if err := pprof.WriteHeapProfile(f); err != nil { panic(err) } }()`, path)
}

// SoakCPUEnv names a file where the soak has the kernel write a CPU
// profile of the timed cells (go tool pprof -top <binary> <file>), to see
// which cells' costs grew.
const SoakCPUEnv = "GOGIL_SOAK_CPU"

// cpuCells start and stop the kernel's CPU profile, written to path. Like
// heapCell, they declare nothing at the top level.
func cpuCells(path string) (start, stop string) {
	return fmt.Sprintf(`import ("os"; "runtime/pprof")
func() { f, err := os.Create(%q); if err != nil { panic(err) }; if err := pprof.StartCPUProfile(f); err != nil { panic(err) } }()`, path),
		`import "runtime/pprof"
pprof.StopCPUProfile()`
}

// soakReading is the state after a block of cells.
type soakReading struct {
	cells      int
	elapsed    time.Duration
	residentMB float64
	p50, p99   time.Duration // trivial cells of the block; zero for the start
}

// BenchmarkSoak runs 10,000 cells through one real kernel (history file
// on), mixing output, errors, panics, interrupts, goroutines and %%gil
// threads, and prints resident memory and the trivial cell's round trip
// after every 1,000 cells:
//
//	go test -run '^$' -bench Soak -benchtime 1x ./bench/
//
// Measured here (2 shared cores, medians of three runs): resident memory
// grows by 20.5 MB (18–23) over the 10,000 cells, at 587 cells/s, and the
// trivial p50 of the last 1,000 cells is 1.04× that of the first
// (0.98–1.13, the machine's noise); README's Tests and benchmarks section
// says what the growth is.
func BenchmarkSoak(b *testing.B) {
	schedule := soakSchedule(b, soakCells(b))
	argv := []string{testkit.Binary(b), "kernel", "{connection_file}"}
	env := []string{testkit.HistoryEnv + "=" + filepath.Join(b.TempDir(), "history.jsonl")}
	for b.Loop() {
		readings, kinds, err := soak(argv, env, schedule)
		if err != nil {
			b.Fatal(err)
		}
		printSoak(os.Stdout, readings)
		printKinds(os.Stdout, kinds)
		first, last := readings[1], readings[len(readings)-1]
		peak := slices.MaxFunc(readings, func(a, b soakReading) int { return cmp.Compare(a.residentMB, b.residentMB) })
		b.ReportMetric(readings[0].residentMB, "rss-start-MB")
		b.ReportMetric(last.residentMB, "rss-end-MB")
		b.ReportMetric(peak.residentMB-readings[0].residentMB, "rss-growth-MB")
		b.ReportMetric(us(first.p50), "p50-first-µs")
		b.ReportMetric(us(last.p50), "p50-last-µs")
		b.ReportMetric(float64(last.p50)/float64(first.p50), "p50-drift-ratio")
		b.ReportMetric(float64(len(schedule))/last.elapsed.Seconds(), "cells/s")
	}
}

// soak runs schedule and returns the readings after each block, and the
// round trips of each kind of cell.
func soak(argv, env []string, schedule []soakCell) ([]soakReading, map[string][]time.Duration, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	c, err := client.Launch(ctx, argv, client.Options{Env: env})
	if err != nil {
		return nil, nil, err
	}
	defer func() {
		sctx, scancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer scancel()
		c.Shutdown(sctx, false)
		c.Close()
	}()
	time.Sleep(200 * time.Millisecond) // as BenchmarkKernels: let start-up settle
	rss, err := residentMB(c)
	if err != nil {
		return nil, nil, err
	}
	readings := []soakReading{{residentMB: rss}}
	heapDir := os.Getenv(SoakHeapEnv)
	profile := func(cells int) error {
		if heapDir == "" {
			return nil
		}
		_, err := runSoakCell(ctx, c, soakCell{kind: "heap profile", code: heapCell(filepath.Join(heapDir, fmt.Sprintf("heap-%d.pprof", cells)))})
		return err
	}
	if err := profile(0); err != nil {
		return nil, nil, err
	}
	if cpu := os.Getenv(SoakCPUEnv); cpu != "" {
		startCPU, stopCPU := cpuCells(cpu)
		if _, err := runSoakCell(ctx, c, soakCell{kind: "cpu profile", code: startCPU}); err != nil {
			return nil, nil, err
		}
		defer runSoakCell(ctx, c, soakCell{kind: "cpu profile", code: stopCPU})
	}
	start := time.Now()
	var trivial []time.Duration
	kinds := map[string][]time.Duration{}
	for i, cell := range schedule {
		took, err := runSoakCell(ctx, c, cell)
		if err != nil {
			return readings, nil, fmt.Errorf("cell %d (%s): %w", i+1, cell.kind, err)
		}
		kinds[cell.kind] = append(kinds[cell.kind], took)
		if cell.kind == trivialCell.kind {
			trivial = append(trivial, took)
		}
		if (i+1)%soakBlock == 0 || i+1 == len(schedule) {
			rss, err := residentMB(c)
			if err != nil {
				return readings, nil, err
			}
			slices.Sort(trivial)
			readings = append(readings, soakReading{
				cells:      i + 1,
				elapsed:    time.Since(start),
				residentMB: rss,
				p50:        trivial[len(trivial)/2],
				p99:        trivial[len(trivial)*99/100],
			})
			trivial = trivial[:0]
			if err := profile(i + 1); err != nil {
				return readings, nil, err
			}
		}
	}
	return readings, kinds, nil
}

// runSoakCell runs one cell, checks it ended as it must, and returns its
// round trip (execute_request to reply and idle).
func runSoakCell(ctx context.Context, c *client.Client, cell soakCell) (time.Duration, error) {
	keepGoing := false // an error cell must not abort the next one
	start := time.Now()
	h, err := c.StartExecute(ctx, cell.code, client.ExecuteOptions{StopOnError: &keepGoing})
	if err != nil {
		return 0, err
	}
	defer h.Close()
	if cell.ename == "KeyboardInterrupt" {
		if err := h.Started(ctx); err != nil {
			return 0, err
		}
		time.Sleep(20 * time.Millisecond) // inside the loop or the sleep by now
		if _, err := c.Interrupt(ctx); err != nil {
			return 0, err
		}
	}
	ex, err := h.Wait(ctx)
	took := time.Since(start)
	if err != nil {
		return took, err
	}
	got := ""
	if f := ex.Failed(); f != nil {
		got = f.EName
		if cell.ename == "" {
			return took, fmt.Errorf("failed: %s: %s", f.EName, f.EValue)
		}
	}
	if got != cell.ename {
		return took, fmt.Errorf("ended with error %q, want %q", got, cell.ename)
	}
	return took, nil
}

func printSoak(w io.Writer, readings []soakReading) {
	start := readings[0].residentMB
	fmt.Fprintf(w, "\nSoak: %d cells through one kernel (trivial cell: %q)\n\n", readings[len(readings)-1].cells, trivialCell.code)
	fmt.Fprintf(w, "| %6s | %9s | %12s | %10s | %14s | %14s |\n", "cells", "elapsed", "resident MB", "growth MB", "trivial p50 µs", "trivial p99 µs")
	fmt.Fprintf(w, "|%s|%s|%s|%s|%s|%s|\n", strings.Repeat("-", 8), strings.Repeat("-", 11), strings.Repeat("-", 14), strings.Repeat("-", 12), strings.Repeat("-", 16), strings.Repeat("-", 16))
	for _, r := range readings {
		p50, p99 := "-", "-"
		if r.p50 != 0 {
			p50, p99 = fmt.Sprintf("%.0f", us(r.p50)), fmt.Sprintf("%.0f", us(r.p99))
		}
		fmt.Fprintf(w, "| %6d | %8.1fs | %12.1f | %10.1f | %14s | %14s |\n", r.cells, r.elapsed.Seconds(), r.residentMB, r.residentMB-start, p50, p99)
	}
	fmt.Fprintln(w)
}

// printKinds prints the round trip of each kind of cell over the whole
// soak, and its share of the time, to see which cells a slower soak is
// slower in.
func printKinds(w io.Writer, kinds map[string][]time.Duration) {
	var total time.Duration
	names := slices.Sorted(maps.Keys(kinds))
	for _, k := range names {
		for _, d := range kinds[k] {
			total += d
		}
	}
	fmt.Fprintf(w, "| %-20s | %6s | %8s | %8s | %6s |\n", "kind", "cells", "p50 µs", "p90 µs", "time %")
	fmt.Fprintf(w, "|%s|%s|%s|%s|%s|\n", strings.Repeat("-", 22), strings.Repeat("-", 8), strings.Repeat("-", 10), strings.Repeat("-", 10), strings.Repeat("-", 8))
	for _, k := range names {
		ds := slices.Sorted(slices.Values(kinds[k]))
		var sum time.Duration
		for _, d := range ds {
			sum += d
		}
		fmt.Fprintf(w, "| %-20s | %6d | %8.0f | %8.0f | %6.1f |\n", k, len(ds), us(ds[len(ds)/2]), us(ds[len(ds)*9/10]), 100*float64(sum)/float64(total))
	}
	fmt.Fprintln(w)
}
