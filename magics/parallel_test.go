package magics

import (
	"context"
	"strings"
	"testing"

	"github.com/gogil/gogil/gil"
	"github.com/gogil/gogil/kernel"
)

// parallel.Range through the Layer: who held the lock is read from the
// lock's trace and counters, never from timing.

// teamTakes counts the lock's takes by prange team threads, and the team
// threads that did work.
func teamTakes(events []gil.Event) (takes int, workers map[string]bool) {
	workers = map[string]bool{}
	for _, e := range events {
		if !strings.HasPrefix(e.Thread, "prange-") {
			continue
		}
		switch e.Kind {
		case gil.EventTake:
			takes++
		case gil.EventWorkBegin:
			workers[e.Thread] = true
		}
	}
	return takes, workers
}

func TestRangeBodyRunsWithoutTheLock(t *testing.T) {
	l := newTestLayer(t)
	// Two bodies meet at a rendezvous: only threads running at once can
	// both pass it, so a serialized team would never print.
	// The body is plain code: a literal of a %%gil cell would be a %%gil
	// function and take the lock. The loop runs from a %%gil cell, which
	// holds the lock until Range lets it go.
	exec(t, l, `func squares() [8]int {
var arrived sync.WaitGroup
arrived.Add(2)
var sum [8]int
parallel.Range(0, 8, func(i int) {
	if i == 0 || i == 4 {
		arrived.Done()
		arrived.Wait()
	}
	if gil.Held() {
		panic("the body holds the lock")
	}
	sum[i] = i * i
}, parallel.Threads(2), parallel.Static(0))
return sum
}`)
	out, events := traced(t, l, "%%gil\nsum := squares()\nfmt.Println(sum, gil.Held())")
	if out != "[0 1 4 9 16 25 36 49] true\n" {
		t.Fatalf("got %q", out)
	}
	takes, workers := teamTakes(events)
	if takes != 0 || len(workers) != 2 {
		t.Fatalf("team threads took the lock %d times, %d worked: %v", takes, len(workers), workers)
	}
}

func TestRangeWithGilSerializes(t *testing.T) {
	l := newTestLayer(t)
	exec(t, l, "%%gil\nfunc add(p *int, i int) { *p += i }")
	for name, body := range map[string]string{
		"Ensure":   "func(i int) { s := gil.Ensure(); inside++; if inside > most { most = inside }; total += i; inside--; gil.Release(s) }",
		"%%gil fn": "func(i int) { add(&total, i) }",
	} {
		t.Run(name, func(t *testing.T) {
			out, events := traced(t, l, `var total, inside, most int
parallel.Range(0, 100, `+body+`, parallel.Threads(2), parallel.Dynamic(3))
fmt.Println(total, most)
`)
			if name == "Ensure" && out != "4950 1\n" || name != "Ensure" && !strings.HasPrefix(out, "4950 ") {
				t.Fatalf("got %q", out)
			}
			// Every call took the lock from its team thread: 100 takes.
			if takes, _ := teamTakes(events); takes != 100 {
				t.Fatalf("team threads took the lock %d times, want 100", takes)
			}
		})
	}
}

func TestRangeSchedules(t *testing.T) {
	l := newTestLayer(t)
	for _, opts := range []string{"", "parallel.Threads(1)", "parallel.Threads(3), parallel.Static(0)",
		"parallel.Threads(3), parallel.Static(2)", "parallel.Threads(4), parallel.Dynamic(0)", "parallel.Dynamic(7)", "parallel.Threads(50)"} {
		out, _ := exec(t, l, `import "sync/atomic"
var seen [23]int32
parallel.Range(-3, 20, func(i int) { atomic.AddInt32(&seen[i+3], 1) }`+withOpts(opts)+`)
ok := true
for _, n := range seen { ok = ok && n == 1 }
fmt.Println(ok)
parallel.Range(5, 5, func(int) { panic("ran") })
`)
		if out != "true\n" {
			t.Fatalf("%s: every index once: %q", opts, out)
		}
	}
}

func TestRangeErrors(t *testing.T) {
	l := newTestLayer(t)
	for _, tt := range []struct{ cell, want string }{
		{`parallel.Range(0, 10, func(i int) { if i == 7 { panic("boom") } }, parallel.Threads(2))`, "parallel.Range: the body panicked at i=7 on prange-"},
		{`parallel.Range(0, 10, func(i int) {}, parallel.Threads(0))`, "parallel.Threads(0): a team needs at least one thread"},
		{`parallel.Range(0, 10, func(i int) {}, parallel.Static(-1))`, "parallel.Static(-1): the chunk size cannot be negative"},
		{`parallel.Range(0, 10, func(i int) {}, parallel.Static(1), parallel.Dynamic(1))`, "parallel.Dynamic: the schedule is already set by parallel.Static"},
		{`parallel.Range(0, 10, nil)`, "parallel.Range: the body is nil"},
	} {
		out := l.Execute(context.Background(), kernel.ExecuteInput{Code: "import \"sync/atomic\"\n" + tt.cell}, &recording{})
		if out.Err == nil || !strings.Contains(strings.Join(out.Err.Lines(), "\n")+out.Err.Value, tt.want) {
			t.Fatalf("%s: want an error with %q, got %+v", tt.cell, tt.want, out.Err)
		}
	}
	// The kernel's lock is free and the layer usable after a failed loop.
	if out, _ := exec(t, l, "parallel.Range(0, 2, func(int) {})\nfmt.Println(gil.Held())"); out != "false\n" {
		t.Fatalf("after the panic: %q", out)
	}
}

func withOpts(opts string) string {
	if opts == "" {
		return ""
	}
	return ", " + opts
}
