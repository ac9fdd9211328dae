package e2e

import (
	"strings"
	"testing"
)

// interpreters.Pool and parallel.Range through the built binary: who held
// which lock is read from the traces, never from timing.

func TestSubInterpreterPoolThroughTheKernel(t *testing.T) {
	c := launch(t)
	mustRun(t, c, "type Pair struct{ A, B int }\nfunc sum(p Pair) int { return p.A + p.B }\nfunc boom(x int) int { if x == 2 { panic(\"two\") }; return x }")
	mustRun(t, c, "%%gil\nfunc countdown(n int) int { for n > 0 { n-- }; return n }")
	mustRun(t, c, "pool := interpreters.Pool(2)")
	for _, tt := range []struct{ cell, want string }{
		{"fmt.Println(pool.Map(sum, []Pair{{1, 2}, {3, 4}}))", "[3 7] <nil>"},
		{"fmt.Println(pool.StarMap(countdown, [][]int{{10}, {20}}))", "[0 0] <nil>"},
		{"fmt.Println(pool.Apply(sum, Pair{40, 2}))", "42 <nil>"},
		{"_, err := pool.Map(boom, []int{1, 2}); fmt.Println(err)", "interpreters: boom(2) panicked in sub-interpreter interp-1."},
		{"_, err := pool.Apply(sum, make(chan int)); fmt.Println(err)", "argument 1 of sum: chan int cannot cross to another interpreter"},
		{"fmt.Println(pool.Map(boom, []int{1}))", "[1] <nil>"},
		{"pool.Close(); fmt.Println(pool.Join())", "<nil>"},
	} {
		if out := mustRun(t, c, tt.cell).Stdout(); !strings.Contains(out, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.cell, out, tt.want)
		}
	}
}

func TestParallelRangeThroughTheKernel(t *testing.T) {
	c := launch(t)
	// Without the lock: no team thread takes it, both work.
	ex := mustRun(t, c, traceCell("var sq [100]int\nparallel.Range(0, 100, func(i int) { sq[i] = i * i }, parallel.Threads(2), parallel.Static(10))\nfmt.Println(\"sum\", sq[99])"))
	takes, workers := 0, map[string]bool{}
	for _, e := range parseTrace(t, ex.Stdout()) {
		if strings.HasPrefix(e.thread, "prange-") {
			if e.kind == "take" {
				takes++
			}
			if e.kind == "work-begin" {
				workers[e.thread] = true
			}
		}
	}
	if takes != 0 || len(workers) != 2 {
		t.Errorf("plain body: %d takes by team threads, %d workers", takes, len(workers))
	}
	// With gil.Ensure: every iteration takes the lock, one at a time.
	ex = mustRun(t, c, traceCell("total := 0\nparallel.Range(0, 50, func(i int) { s := gil.Ensure(); total += i; gil.Release(s) }, parallel.Threads(2), parallel.Dynamic(1))\nfmt.Println(\"total\", total)"))
	takes = 0
	for _, e := range parseTrace(t, ex.Stdout()) {
		if strings.HasPrefix(e.thread, "prange-") && e.kind == "take" {
			takes++
		}
	}
	if takes != 50 || !strings.Contains(ex.Stdout(), "total 1225") {
		t.Errorf("Ensure body: %d takes, output %q", takes, ex.Stdout())
	}
	// A panic in the body fails the cell, and the kernel goes on.
	ex = run(t, c, "parallel.Range(0, 4, func(i int) { if i == 3 { panic(\"three\") } })")
	if f := ex.Failed(); f == nil || !strings.Contains(f.EValue, "the body panicked at i=3") {
		t.Errorf("panic: %+v", f)
	}
	if got := resultText(mustRun(t, c, "40+2")); got != "42" {
		t.Errorf("after a panic: %q", got)
	}
}
