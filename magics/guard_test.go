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
	deep       bool
	shape      stackShape
	looks      int
	goroutines int
}

func (f *fakeStacks) probe(total uint64) stackProbe {
	return stackProbe{
		settled: func() uint64 {
			if f.settled == 0 {
				return total
			}
			return f.settled
		},
		mayBeDeep:  func() bool { f.looks++; return f.deep },
		shape:      func() stackShape { return f.shape },
		goroutines: func() int { return f.goroutines },
	}
}

func TestStackGuardPolicy(t *testing.T) {
	const mb = 1 << 20
	limit := stackBounds{frames: 1000, deepest: 256 * mb, all: 1024 * mb}
	tests := []struct {
		name  string
		start uint64 // stacks when the cell started
		total uint64 // stacks at the check
		f     fakeStacks
		want  string // the error's name and a figure it must show; "" for none
		looks int
	}{
		{"small stacks are not looked at", 0, 200 * mb, fakeStacks{}, "", 0},
		{"many shallow goroutines", 0, 800 * mb, fakeStacks{goroutines: 100000}, "", 1},
		{"one goroutine too many frames deep", 0, 300 * mb,
			fakeStacks{deep: true, shape: stackShape{deepest: 5000, frames: 5100}}, "RecursionError: 5000 Go frames", 1},
		{"one goroutine with too large a stack", 0, 300 * mb,
			fakeStacks{deep: true, shape: stackShape{deepest: 900, frames: 950}}, "RecursionError: 284 MB", 1},
		{"a deep one among many shallow ones", 0, 1000 * mb,
			fakeStacks{deep: true, shape: stackShape{deepest: 900, frames: 100900}}, "", 1},
		{"stacks of ended goroutines come back", 0, 300 * mb,
			fakeStacks{deep: true, settled: 100 * mb, shape: stackShape{deepest: 900, frames: 950}}, "", 1},
		{"all goroutines past their bound", 0, 1100 * mb, fakeStacks{goroutines: 140000}, "MemoryError: 140000 goroutines hold 1100 MB", 1},
		{"earlier cells' goroutines, this cell adds little", 1050 * mb, 1100 * mb, fakeStacks{goroutines: 140000}, "", 0},
		{"earlier cells' goroutines, this cell adds more", 1050 * mb, 1150 * mb, fakeStacks{goroutines: 150000}, "MemoryError: 150000 goroutines", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := newStackGuard(limit, tt.start)
			err := g.check(tt.total, tt.f.probe(tt.total))
			got := ""
			if err != nil {
				got = string(err.(*stackError).kind) + ": " + err.Error()
			}
			name, figure, _ := strings.Cut(tt.want, ": ")
			if (tt.want == "") != (err == nil) || !strings.HasPrefix(got, name) || !strings.Contains(got, figure) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if tt.f.looks != tt.looks {
				t.Errorf("looked %d times, want %d", tt.f.looks, tt.looks)
			}
		})
	}
}

// After a look that found nothing, the next comes only once the stacks
// grew by a quarter of the bound for one goroutine, or from lower down
// once stacks were given back.
func TestStackGuardLooksAgainAsStacksGrow(t *testing.T) {
	const mb = 1 << 20
	g := newStackGuard(stackBounds{frames: 1000, deepest: 256 * mb, all: 4096 * mb}, 0)
	f := &fakeStacks{}
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
