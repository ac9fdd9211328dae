package magics

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/gil"
	"github.com/gogil/gogil/kernel"
)

// interpreters.Pool through the Layer: each sub-interpreter is a Layer of
// its own with its own lock; who held which lock is read from the traces.

func failingCell(t *testing.T, l *Layer, code string) string {
	t.Helper()
	out := l.Execute(context.Background(), kernel.ExecuteInput{Code: code}, &recording{})
	if out.Err == nil {
		t.Fatalf("%q succeeded", code)
	}
	return out.Err.Value + "\n" + strings.Join(out.Err.Lines(), "\n")
}

func TestPoolMethods(t *testing.T) {
	l := newTestLayer(t)
	exec(t, l, `type Point struct{ X, Y int }
func square(x int) int { return x * x }
func norm(p Point) Point { return Point{p.X * p.X, p.Y * p.Y} }
func add(a, b int) int { return a + b }
func both(xs []int) (int, []int) { xs[0] = 99; return len(xs), xs }
func say(x int) int { fmt.Println("task", x); return x }
statementsAreNotReplayed := 1`)
	exec(t, l, "%%gil\nfunc countdown(n int) int { for n > 0 { n-- }; return n }")
	exec(t, l, "%%nogil\nfunc held(x int) bool { return gil.Held() }")
	exec(t, l, "pool := interpreters.Pool(2)")
	for _, tt := range []struct{ cell, want string }{
		{"fmt.Println(pool.Map(square, []int{1, 2, 3, 4}))", "[1 4 9 16] <nil>"},
		{"fmt.Println(pool.StarMap(add, [][]int{{1, 2}, {3, 4}}))", "[3 7] <nil>"},
		{"fmt.Println(pool.Apply(add, 40, 2))", "42 <nil>"},
		{"fmt.Println(pool.Map(countdown, []int{1000, 2000}))", "[0 0] <nil>"},
		// A %%gil function holds the sub-interpreter's lock, a %%nogil one lets it go.
		{"fmt.Println(pool.Map(held, []int{1}))", "[false] <nil>"},
		// Cell types cross by value, into the caller's type.
		{"r, _ := pool.Apply(norm, Point{3, 4}); fmt.Println(r.(Point).X, r.(Point).Y)", "9 16"},
		// Nothing is shared: the task changed its own copy.
		{"xs := []int{1, 2}; r, err := pool.Apply(both, xs); fmt.Println(r, err, xs)", "[2 [99 2]] <nil> [1 2]"},
		// A function declared after the pool was made is found too.
		{"func cube(x int) int { return x * x * x }", ""},
		{"fmt.Println(pool.Map(cube, []int{2}))", "[8] <nil>"},
		// Compiled functions run by value.
		{"fmt.Println(pool.Apply(strings.ToUpper, \"go\"))", "GO <nil>"},
	} {
		if out, _ := exec(t, l, tt.cell); strings.TrimSpace(out) != tt.want {
			t.Errorf("%s: got %q, want %q", tt.cell, out, tt.want)
		}
	}
	// What a task prints lands under the calling cell.
	if out, _ := exec(t, l, "pool.Map(say, []int{7})\ntime.Sleep(200 * time.Millisecond)"); out != "task 7\n" {
		t.Errorf("a task's output: %q", out)
	}
	if out, _ := exec(t, l, "fmt.Println(pool.Join())\npool.Close()\nfmt.Println(pool.Join())\n_, err := pool.Map(square, []int{1})\nfmt.Println(err)"); out != "Pool.Join: Pool is still running (Close or Terminate it before Join)\n<nil>\nPool.Map: Pool not running\n" {
		t.Errorf("close and join: %q", out)
	}
}

func TestPoolErrors(t *testing.T) {
	l := newTestLayer(t)
	exec(t, l, "counter := 1")
	exec(t, l, "func usesStatement() int { return counter }")
	exec(t, l, `type Job struct{ N int; Done chan bool }
func run(j Job) int { return j.N }
func boom(x int) int { if x == 3 { panic("three") }; return x }
pool := interpreters.Pool(2)`)
	for _, tt := range []struct{ cell, want string }{
		{`fmt.Println(pool.Map(boom, []int{1, 2, 3}))`, `interpreters: boom(3) panicked in sub-interpreter interp-1.`},
		{`_, err := pool.Apply(run, Job{1, make(chan bool)}); fmt.Println(err)`, "argument 1 of run.Done: chan bool cannot cross to another interpreter"},
		{`_, err := pool.Apply(func(x int) int { return x }, 1); fmt.Println(err)`, "is a function literal or a method value"},
		{`_, err := pool.Apply(usesStatement); fmt.Println(err)`, "usesStatement is not declared in the sub-interpreter"},
		{`_, err := pool.Apply(boom, 1, 2); fmt.Println(err)`, "Pool.Apply: func(int) int takes 1 arguments, got 2"},
		{`_, err := pool.Map(boom, 3); fmt.Println(err)`, "Pool.Map: the arguments must be a slice or an array"},
		// The pool stays usable after a panic.
		{`fmt.Println(pool.Map(boom, []int{1, 2}))`, "[1 2] <nil>"},
	} {
		if out, _ := exec(t, l, tt.cell); !strings.Contains(out, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.cell, out, tt.want)
		}
	}
	if msg := failingCell(t, l, "interpreters.Pool(0)"); !strings.Contains(msg, "interpreters.Pool(0): the number of interpreters must be at least 1") {
		t.Errorf("Pool(0): %s", msg)
	}
}

func TestPoolLocksAreTheirOwn(t *testing.T) {
	l := newTestLayer(t)
	exec(t, l, `%%gil
func spin(n int) int { s := 0; for i := 0; i < n; i++ { s += i }; return s }`)
	exec(t, l, "pool := interpreters.Pool(2)")
	// Each sub-interpreter's main thread takes its own lock: lanes of their
	// own, and the kernel's main thread keeps waiting without the lock.
	l.subs.startTrace(time.Now())
	l.world.lock.StartTrace()
	exec(t, l, "%%gil\nr, err := pool.Map(spin, []int{100000, 100000, 100000, 100000})\nfmt.Println(len(r), err)")
	events := l.subs.stopTrace(l.world.lock.StopTrace())
	takes := map[string]int{}
	for _, e := range events {
		if e.Kind == gil.EventTake {
			takes[strings.Fields(e.Thread)[0]]++
		}
	}
	if takes["interp-1.1"] == 0 || takes["interp-1.2"] == 0 {
		t.Fatalf("takes by lane: %v", takes)
	}
}

// Two sub-interpreters run at once: each task leaves a file and waits for
// the other's, which only a second task running at the same time can
// leave (they share the file system, not memory). Serialized, both would
// give up after 20 s and say false. Both hold their own locks meanwhile.
func TestPoolRunsInParallel(t *testing.T) {
	l := newTestLayer(t)
	exec(t, l, `%%gil
import "path/filepath"
func meet(dir string, me int) (bool, bool) {
	os.WriteFile(filepath.Join(dir, strconv.Itoa(me)), nil, 0o600)
	for i := 0; i < 2000; i++ {
		if _, err := os.Stat(filepath.Join(dir, strconv.Itoa(1-me))); err == nil {
			return true, gil.Held()
		}
		time.Sleep(10 * time.Millisecond)
	}
	return false, gil.Held()
}`)
	dir := t.TempDir()
	out, _ := exec(t, l, "pool := interpreters.Pool(2)\nfmt.Println(pool.StarMap(meet, [][]any{{`"+dir+"`, 0}, {`"+dir+"`, 1}}))")
	if out != "[[true true] [true true]] <nil>\n" {
		t.Fatalf("got %q", out)
	}
}

// shown keeps the last picture a cell displayed.
type shown struct {
	recording
	mu   sync.Mutex
	last string
}

func (s *shown) Display(o cellio.Output) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.last, _ = o.Data["text/plain"].(string)
}

// %%timeline draws sub-interpreters and prange team threads as lanes of
// their own; a sub-interpreter's lane holds its own lock while the
// kernel's main thread does not.
func TestTimelineShowsPoolsAndTeams(t *testing.T) {
	l := newTestLayer(t)
	exec(t, l, "%%gil\nfunc spin(n int) int { s := 0; for i := 0; i < n; i++ { s += i }; return s }")
	out := &shown{}
	res := l.Execute(context.Background(), kernel.ExecuteInput{Code: `%%timeline
pool := interpreters.Pool(2)
pool.Map(spin, []int{200000, 200000})
parallel.Range(0, 4, func(i int) { workloads.Countdown(100000) }, parallel.Threads(2))`}, out)
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	// Each sub-interpreter's lanes sit under a heading of its own lock.
	for _, lane := range []string{"interp-1.1 · its own lock", "interp-1.2 · its own lock", "prange-1.0", "prange-1.1"} {
		if !strings.Contains(out.last, lane) {
			t.Errorf("no lane %q in\n%s", lane, out.last)
		}
	}
}

// A compiled function crosses by value: the sub-interpreter calls it as it
// is, with the kernel's plugin; %%native nogil's wrapper finds no lock of
// the kernel held by the worker, and lets nothing go.
func TestPoolRunsCompiledFunctions(t *testing.T) {
	l := newNativeLayer(t)
	exec(t, l, "%%native\nfunc nsquare(x int) int { return x * x }")
	exec(t, l, "%%native nogil\nfunc ncube(x int) int { return x * x * x }")
	exec(t, l, "pool := interpreters.Pool(2)")
	for cell, want := range map[string]string{
		"fmt.Println(pool.Map(nsquare, []int{3, 4}))": "[9 16] <nil>\n",
		"fmt.Println(pool.Map(ncube, []int{2}))":      "[8] <nil>\n",
	} {
		if out, _ := exec(t, l, cell); out != want {
			t.Errorf("%s: %q, want %q", cell, out, want)
		}
	}
}

// An interrupt ends the waiting cell; the kernel goes on.
func TestPoolInterrupted(t *testing.T) {
	l := newTestLayer(t)
	exec(t, l, "%%gil\nfunc long(n int) int { for n > 0 { n-- }; return n }")
	exec(t, l, "pool := interpreters.Pool(1)")
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(100 * time.Millisecond); cancel() }()
	res := l.Execute(ctx, kernel.ExecuteInput{Code: "%%gil\n_, err := pool.Map(long, []int{100_000_000})\nif err != nil { panic(err) }"}, &recording{})
	if res.Err == nil {
		t.Fatal("the interrupted cell succeeded")
	}
	if out, _ := exec(t, l, "_, err := pool.Map(long, []int{1}); fmt.Println(err)"); out != "Pool.Map: Pool not running\n" {
		t.Errorf("after an interrupt: %q", out)
	}
}

// A task's function is looked up by running code in the sub-interpreter,
// before the task takes that interpreter's lock: no cell there ends
// holding it, and nothing but the results reaches the caller's output.
func TestSubInterpreterLookupLeavesTheLock(t *testing.T) {
	l := newTestLayer(t)
	runCell(t, l, "func noop(x int) int { return x }")
	out := runCell(t, l, "for i := 0; i < 3; i++ {\n\tp := interpreters.Pool(2)\n\tr, err := p.Map(noop, []int{1, 2})\n\tfmt.Println(r, err)\n\tp.Close()\n\tp.Join()\n}")
	if want := "[1 2] <nil>\n[1 2] <nil>\n[1 2] <nil>\n"; !strings.HasSuffix(out, want) || strings.Contains(out, "holding") {
		t.Errorf("printed %q, want only %q", out, want)
	}
}
