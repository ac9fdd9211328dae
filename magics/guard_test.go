package magics

import (
	"context"
	"strings"
	"testing"

	"github.com/gogil/gogil/kernel"
)

func newTestLayer(t *testing.T) *Layer {
	t.Helper()
	l, err := New(Options{Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Shutdown(false) })
	return l
}

// Endless recursion ends the cell with a RecursionError instead of the
// kernel, in a plain cell and under %%gil, and the session goes on.
func TestEndlessRecursionIsARecursionError(t *testing.T) {
	l := newTestLayer(t)
	ctx := context.Background()
	for _, cell := range []string{
		"func rec(n int) int { return rec(n+1) + 1 }\nrec(0)",
		"%%gil\nfunc recGIL(n int) int { return recGIL(n+1) + 1 }\nrecGIL(0)",
	} {
		out := l.Execute(ctx, kernel.ExecuteInput{Code: cell}, discard{})
		if out.Err == nil || out.Err.Name() != "RecursionError" {
			t.Fatalf("%q ended with %+v, want a RecursionError", cell, out.Err)
		}
		after := l.Execute(ctx, kernel.ExecuteInput{Code: "1 + 1"}, discard{})
		if after.Err != nil || after.Result == nil || after.Result.Data["text/plain"] != "2" {
			t.Fatalf("the cell after %q: %+v", cell, after)
		}
	}
	if n := settledStackBytes(); n > stackLimit.deepest {
		t.Errorf("stacks still hold %d MB after the recursion ended", n>>20)
	}
}

// 100,000 goroutines blocked on a channel are ordinary Go: no error, and
// releasing them in the next cell works, as does the cell after.
func TestManyBlockedGoroutinesAreNoRecursion(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 100,000 goroutines")
	}
	l := newTestLayer(t)
	ctx := context.Background()
	for _, cell := range []string{
		"release := make(chan bool)\nvar done sync.WaitGroup\nfor i := 0; i < 100000; i++ {\n\tdone.Add(1)\n\tgo func() { defer done.Done(); <-release }()\n}",
		"close(release)\ndone.Wait()",
		"1 + 1",
	} {
		out := l.Execute(ctx, kernel.ExecuteInput{Code: cell}, discard{})
		if out.Err != nil {
			t.Fatalf("%q: %s: %s", cell, out.Err.Name(), out.Err.Value)
		}
	}
}

// fakeStacks is a runtime as the guard sees it, in figures.
type fakeStacks struct {
	settled    uint64 // what a collection leaves; 0: as much as before
	after      uint64 // the stacks once a profile ran; 0: as much as before
	cut        int    // goroutines deeper than the profile records
	shape      stackShape
	goroutines int
	looks      int // profiles taken
	dumps      int
}

func (f *fakeStacks) probe(total uint64) stackProbe {
	now := func() uint64 { return total }
	return stackProbe{
		total: now,
		settled: func() uint64 {
			if f.settled == 0 {
				return now()
			}
			return f.settled
		},
		cutStacks: func() int {
			f.looks++
			if f.after != 0 {
				total = f.after
			}
			return f.cut
		},
		shape:      func() stackShape { f.dumps++; return f.shape },
		goroutines: func() int { return f.goroutines },
	}
}

func TestStackGuardPolicy(t *testing.T) {
	const mb = 1 << 20
	limit := stackBounds{frames: 1000, deepest: 256 * mb, all: 1024 * mb}
	const many = dumpGoroutines + 1
	tests := []struct {
		name         string
		start        uint64 // stacks when the cell started
		before       int    // goroutines when the cell started
		total        uint64 // stacks at the check
		f            fakeStacks
		want         string // the error's name and a figure it must show; "" for none
		looks, dumps int
	}{
		{"small stacks are not looked at", 0, 1, 200 * mb, fakeStacks{}, "", 0, 0},
		{"many shallow goroutines", 0, 1, 800 * mb, fakeStacks{goroutines: 100000}, "", 0, 0},
		{"few goroutines, none deep", 0, 1, 300 * mb, fakeStacks{goroutines: 10}, "", 1, 0},
		{"one goroutine too many frames deep", 0, 1, 300 * mb,
			fakeStacks{cut: 1, goroutines: 10, shape: stackShape{deepest: 5000, frames: 5100}}, "RecursionError: 5000 Go frames", 1, 1},
		{"one goroutine with too large a stack", 0, 1, 300 * mb,
			fakeStacks{cut: 1, goroutines: 10, shape: stackShape{deepest: 900, frames: 950}}, "RecursionError: 284 MB", 1, 1},
		{"a deep one among many shallow ones", 0, 1, 1000 * mb,
			fakeStacks{cut: 1, goroutines: dumpGoroutines, shape: stackShape{deepest: 900, frames: 100900}}, "", 1, 1},
		{"stacks of ended goroutines come back", 0, 1, 300 * mb,
			fakeStacks{cut: 1, goroutines: 10, settled: 100 * mb, shape: stackShape{deepest: 120, frames: 125}}, "", 1, 1},
		{"a goroutine deep in frames is not given time to settle", 0, 1, 300 * mb,
			fakeStacks{cut: 1, goroutines: 10, settled: 100 * mb, shape: stackShape{deepest: 900, frames: 950}}, "RecursionError: 284 MB", 1, 1},
		{"all goroutines past their bound", 0, 1, 1100 * mb, fakeStacks{goroutines: 140000}, "MemoryError: 140000 goroutines hold 1100 MB", 0, 0},
		{"all past their bound is told before any look, deep ones or not", 0, 1, 1100 * mb,
			fakeStacks{cut: 50, goroutines: 51, shape: stackShape{deepest: 900, frames: 950}}, "MemoryError: 51 goroutines hold 1100 MB", 0, 0},
		{"all pass their bound during the look", 0, 1, 800 * mb,
			fakeStacks{after: 1100 * mb, goroutines: 10}, "MemoryError: 10 goroutines hold 1100 MB", 1, 0},
		{"earlier cells' goroutines, this cell adds little", 1050 * mb, 140000, 1100 * mb, fakeStacks{goroutines: 140000}, "", 0, 0},
		{"earlier cells' goroutines, this cell adds more", 1050 * mb, 140000, 1150 * mb, fakeStacks{goroutines: 150000}, "MemoryError: 150000 goroutines", 0, 0},
		{"too many goroutines to dump: one of this cell's holds the growth", 700 * mb, many, 1000 * mb,
			fakeStacks{goroutines: many, shape: stackShape{deepest: 900, frames: 200900}}, "RecursionError: 900 Go frames deep and holds about 300 MB", 0, 1},
		{"too many goroutines to dump: one too many frames deep", 700 * mb, many, 1000 * mb,
			fakeStacks{goroutines: many, shape: stackShape{deepest: 5000, frames: 205000}}, "RecursionError: 5000 Go frames", 0, 1},
		{"too many goroutines to dump: the growing ones are shallow", 700 * mb, many, 1000 * mb,
			fakeStacks{goroutines: many, shape: stackShape{deepest: deepFrames, frames: 200900}}, "", 0, 1},
		{"too many goroutines to dump: the growth is no more than this cell's goroutines", 0, 1, 900 * mb,
			fakeStacks{goroutines: 100050}, "", 0, 0},
		{"too many goroutines to dump: one still small", 700 * mb, many, 900 * mb,
			fakeStacks{goroutines: many}, "", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := newStackGuard(limit, tt.start, tt.before)
			err := g.check(tt.total, tt.f.probe(tt.total))
			got := ""
			if err != nil {
				got = string(err.(*stackError).kind) + ": " + err.Error()
			}
			name, figure, _ := strings.Cut(tt.want, ": ")
			if (tt.want == "") != (err == nil) || !strings.HasPrefix(got, name) || !strings.Contains(got, figure) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if tt.f.looks != tt.looks || tt.f.dumps != tt.dumps {
				t.Errorf("profiled %d times and dumped %d, want %d and %d", tt.f.looks, tt.f.dumps, tt.looks, tt.dumps)
			}
		})
	}
}

// After a look that found nothing, the next comes only once the stacks
// grew by a quarter of the bound for one goroutine, or from lower down
// once stacks were given back.
func TestStackGuardLooksAgainAsStacksGrow(t *testing.T) {
	const mb = 1 << 20
	g := newStackGuard(stackBounds{frames: 1000, deepest: 256 * mb, all: 4096 * mb}, 0, 1)
	f := &fakeStacks{goroutines: 10}
	for _, step := range []struct {
		total uint64
		looks int
	}{{300 * mb, 1}, {350 * mb, 1}, {370 * mb, 2}, {100 * mb, 2}, {250 * mb, 2}, {257 * mb, 3}} {
		if err := g.check(step.total, f.probe(step.total)); err != nil {
			t.Fatal(err)
		}
		if f.looks != step.looks {
			t.Fatalf("at %d MB: %d looks, want %d", step.total/mb, f.looks, step.looks)
		}
	}
}

// A recursion among 100,000 goroutines an earlier cell left blocked: a
// look at them all must not come so late that the recursing goroutines
// reach Go's 1 GB, in one goroutine or in 50 at once. The cell ends with
// a RecursionError or a MemoryError, and the next cell runs.
func TestRecursionAmongManyGoroutines(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 100,000 goroutines")
	}
	for _, tt := range []struct{ name, cell string }{
		{"one goroutine", "rec(0)"},
		{"50 goroutines", "var wg sync.WaitGroup\nfor i := 0; i < 50; i++ {\n\twg.Add(1)\n\tgo func() { defer wg.Done(); rec(0) }()\n}\nwg.Wait()"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l := newTestLayer(t)
			ctx := context.Background()
			run := func(code string) kernel.Outcome {
				return l.Execute(ctx, kernel.ExecuteInput{Code: code}, discard{})
			}
			for _, cell := range []string{
				"rel := make(chan bool)\nfor i := 0; i < 100000; i++ { go func() { <-rel }() }",
				"func rec(n int) int { return rec(n+1) + 1 }",
			} {
				if out := run(cell); out.Err != nil {
					t.Fatalf("%q: %s: %s", cell, out.Err.Name(), out.Err.Value)
				}
			}
			defer run("close(rel)")
			out := run(tt.cell)
			if out.Err == nil || (out.Err.Name() != "RecursionError" && out.Err.Name() != "MemoryError") {
				t.Fatalf("the recursion ended with %+v, want a RecursionError or a MemoryError", out.Err)
			}
			t.Logf("%s: %s", out.Err.Name(), out.Err.Value)
			after := run("1 + 1")
			if after.Err != nil || after.Result == nil || after.Result.Data["text/plain"] != "2" {
				t.Fatalf("the cell after the recursion: %+v", after)
			}
		})
	}
}
