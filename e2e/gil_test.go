package e2e

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
)

// traceCell wraps code in a trace of the lock and prints the events, one a
// line: "<ms> <kind> <thread> <note>".
func traceCell(code string) string {
	return "gil.StartTrace()\n" + code + "\nfor _, e := range gil.StopTrace() { fmt.Printf(\"%.3f %s %s|%s\\n\", float64(e.At)/1e6, e.Kind, e.Thread, e.Note) }"
}

type event struct {
	ms           float64
	kind, thread string
	note         string
}

func parseTrace(t *testing.T, out string) []event {
	t.Helper()
	var events []event
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		head, note, _ := strings.Cut(line, "|")
		f := strings.SplitN(head, " ", 3)
		if len(f) < 3 {
			continue
		}
		ms, err := strconv.ParseFloat(f[0], 64)
		if err != nil {
			continue
		}
		events = append(events, event{ms: ms, kind: f[1], thread: f[2], note: note})
	}
	if len(events) == 0 {
		t.Fatalf("no trace in %q", out)
	}
	return events
}

// work returns the [begin, end] of each thread's workload.
func work(events []event) map[string][2]float64 {
	spans := map[string][2]float64{}
	for _, e := range events {
		s := spans[e.thread]
		switch e.kind {
		case "work-begin":
			s[0] = e.ms
		case "work-end":
			s[1] = e.ms
		default:
			continue
		}
		spans[e.thread] = s
	}
	return spans
}

// checkOneHolder checks the trace's take/drop sequence: never two
// holders. The holder when the trace starts is unknown ("?").
func checkOneHolder(t *testing.T, events []event) {
	t.Helper()
	holder := "?"
	for _, e := range events {
		switch e.kind {
		case "take":
			if holder != "" && holder != "?" {
				t.Fatalf("%s took the lock while %s held it", e.thread, holder)
			}
			holder = e.thread
		case "drop":
			if holder != e.thread && holder != "?" {
				t.Fatalf("%s dropped a lock held by %q", e.thread, holder)
			}
			holder = ""
		}
	}
}

const threadCell = `
%%%%gil
t1 := threading.Thread(workloads.%s, uint64(40_000_000))
t2 := threading.Thread(workloads.%s, uint64(40_000_000))
t1.Start()
t2.Start()
t1.Join()
t2.Join()`

func articleCase(t *testing.T, first, second string) map[string][2]float64 {
	c := launch(t)
	code := fmt.Sprintf(threadCell, first, second)
	code = strings.Replace(code, "%%gil\n", "", 1)
	ex := mustRun(t, c, "%%gil\n"+traceCell(code))
	events := parseTrace(t, ex.Stdout())
	checkOneHolder(t, events)
	spans := work(events)
	if len(spans) != 2 {
		t.Fatalf("want the work of two threads, got %v\n%s", spans, ex.Stdout())
	}
	return spans
}

func overlap(spans map[string][2]float64) (a, b [2]float64, overlapMS float64) {
	var list [][2]float64
	for _, s := range spans {
		list = append(list, s)
	}
	a, b = list[0], list[1]
	if b[0] < a[0] {
		a, b = b, a
	}
	return a, b, min(a[1], b[1]) - b[0]
}

func TestTwoHoldingThreadsNeverOverlap(t *testing.T) {
	a, b, o := overlap(articleCase(t, "FibonacciGIL", "FibonacciGIL"))
	if o > 0 {
		t.Errorf("two FibonacciGIL threads overlapped by %.3f ms: %v %v", o, a, b)
	}
}

func TestHoldingThreadFirstSerializes(t *testing.T) {
	spans := articleCase(t, "FibonacciGIL", "FibonacciNoGIL")
	var gil, nogil [2]float64
	for name, s := range spans {
		if strings.Contains(name, "NoGIL") {
			nogil = s
		} else {
			gil = s
		}
	}
	if nogil[0] < gil[1] {
		t.Errorf("the releasing thread began (%.3f ms) before the holding one ended (%.3f ms)", nogil[0], gil[1])
	}
}

// The lock lets the two threads overlap here; whether they do is the
// scheduler's choice. On two cores loaded by other tests the second thread
// can begin only after the first one's 12 ms of work, so the test asks for
// an overlap in one of a few tries rather than in each.
func TestReleasingThreadFirstOverlaps(t *testing.T) {
	var tries []string
	for range 4 {
		a, b, o := overlap(articleCase(t, "FibonacciNoGIL", "FibonacciGIL"))
		if o > 0 {
			return
		}
		tries = append(tries, fmt.Sprint(a, b))
	}
	t.Errorf("releasing thread first: no overlap in %d tries: %v", len(tries), tries)
}

func TestStrictReleaseWithoutTheLockIsFatal(t *testing.T) {
	c := launch(t)
	mustRun(t, c, `func cythonRecurse(n int) int {
	if n <= 0 {
		return 0
	}
	state := gil.SaveThread() // Cython 0.29's "with nogil:"
	defer gil.RestoreThread(state)
	return cythonRecurse(n - 1)
}`)
	ex := run(t, c, "%%gil\ncythonRecurse(2)")
	f := ex.Failed()
	if f == nil {
		t.Fatal("releasing a lock the thread does not hold did not fail")
	}
	text := f.EValue + "\n" + strings.Join(f.Traceback, "\n")
	for _, want := range []string{"Fatal Python error: PyEval_SaveThread: NULL tstate", "MainThread"} {
		if !strings.Contains(text, want) {
			t.Errorf("fatal error lacks %q:\n%s", want, text)
		}
	}
	// The lock is consistent and the next cells run, with and without it.
	if got := resultText(mustRun(t, c, "%%gil\ngil.Held()")); got != "true" {
		t.Errorf("after the fatal error, a %%%%gil cell holds the lock: %q", got)
	}
	if got := resultText(mustRun(t, c, "gil.Held()")); got != "false" {
		t.Errorf("after the fatal error, a plain cell holds the lock: %q", got)
	}
	if got := resultText(mustRun(t, c, "workloads.RecurseNumba(2)")); got != "0" {
		t.Errorf("RecurseNumba(2) = %q", got)
	}
}

func TestEnsureNestsAndReleaseChecks(t *testing.T) {
	c := launch(t)
	ex := mustRun(t, c, "a := gil.Ensure()\nb := gil.Ensure()\nfmt.Println(gil.Held())\ngil.Release(b)\nfmt.Println(gil.Held())\ngil.Release(a)\nfmt.Println(gil.Held())")
	if got := ex.Stdout(); got != "true\ntrue\nfalse\n" {
		t.Errorf("nested Ensure: %q", got)
	}
	for _, bad := range []string{
		"var s gil.State\ngil.Release(s)",                                          // Release without Ensure
		"%%gil\ns := gil.SaveThread()\ngil.RestoreThread(s)\ngil.RestoreThread(s)", // restore while holding
		"gil.SetSwitchInterval(0)",
	} {
		if f := run(t, c, bad).Failed(); f == nil {
			t.Errorf("%q did not fail", bad)
		}
		if got := resultText(mustRun(t, c, "gil.Held()")); got != "false" {
			t.Errorf("after %q the lock is held: %q", bad, got)
		}
	}
}

func TestInterpretedThreadsAlternate(t *testing.T) {
	c := launch(t)
	// Each thread does a fixed amount of work (what one thread does alone in
	// 300 ms here), not a fixed wall time: on a busy machine the work takes
	// longer and the threads switch more often, never less.
	mustRun(t, c, "%%gil\nfunc work(n int) int { s := 0; for i := 0; i < n; i++ { s += i }; return s }")
	mustRun(t, c, "work300ms := 1000\nfor { start := time.Now(); work(work300ms); if time.Since(start) > 100*time.Millisecond { break }; work300ms *= 2 }\nwork300ms *= 3")
	ex := mustRun(t, c, "%%gil\n"+traceCell(`gil.SetSwitchInterval(5 * time.Millisecond)
a := threading.Thread(work, work300ms)
b := threading.Thread(work, work300ms)
a.Start()
b.Start()
a.Join()
b.Join()`))
	events := parseTrace(t, ex.Stdout())
	checkOneHolder(t, events)
	// Slices: from a take by a thread to its next drop.
	var slices []float64
	since := map[string]float64{}
	for _, e := range events {
		if !strings.HasPrefix(e.thread, "Thread-") {
			continue
		}
		switch e.kind {
		case "take":
			since[e.thread] = e.ms
		case "drop":
			slices = append(slices, e.ms-since[e.thread])
		}
	}
	if len(slices) < 10 {
		t.Fatalf("two busy %%%%gil threads switched only %d times in about 600 ms of work", len(slices))
	}
	var total float64
	for _, s := range slices {
		total += s
	}
	t.Logf("%d slices, mean %.2f ms (switch interval 5 ms)", len(slices), total/float64(len(slices)))
}

func TestJoinReleasesTheLock(t *testing.T) {
	c := launch(t)
	// The joining main thread holds the lock (%%gil); the thread needs it
	// to run at all. Without the release in Join this cell would hang.
	ex := mustRun(t, c, "%%gil\ntt := threading.Thread(func() int { return 7 })\ntt.Start()\ntt.Join()\ntt.Result()")
	if got := resultText(ex); !strings.Contains(got, "7") {
		t.Errorf("thread result %q", got)
	}
}

func TestGoStatementUnderGIL(t *testing.T) {
	c := launch(t)
	ex := mustRun(t, c, "%%gil\nresults := make(chan string, 1)\ngo func() { results <- gil.CurrentThread() }()\nname := <-results\nfmt.Println(strings.HasPrefix(name, \"Thread-\"), gil.Held())")
	if got := ex.Stdout(); got != "true true\n" {
		t.Errorf("go statement under %%%%gil: %q", got)
	}
}

func TestInterruptWhileAThreadHoldsTheLock(t *testing.T) {
	c := launch(t)
	interrupted(t, c, "%%gil\nt1 := threading.Thread(workloads.FibonacciGIL, uint64(1_000_000_000_000))\nt1.Start()\nt1.Join()", 500*time.Millisecond, byMessage(c))
	if got := resultText(mustRun(t, c, "%%gil\ngil.Held()")); got != "true" {
		t.Errorf("after the interrupt: %q", got)
	}
}

func TestDeadlockUnderTheLockEndsTheCell(t *testing.T) {
	c := launch(t)
	// The goroutine's receive in an if header blocks while it holds the
	// lock (gogil cannot release around it), and the main thread needs the
	// lock back: nothing can move. The cell must end with an error naming them.
	ex := run(t, c, "%%gil\nch := make(chan int)\ngo func() {\n\tif v, ok := <-ch; ok {\n\t\tfmt.Println(v)\n\t}\n}()\nch <- 1")
	f := ex.Failed()
	if f == nil || f.EName != "Deadlock" || !strings.Contains(f.EValue, "MainThread") || !strings.Contains(f.EValue, "Thread-") {
		t.Fatalf("deadlocked cell: %+v", f)
	}
	if got := resultText(mustRun(t, c, "%%gil\ngil.Held()")); got != "true" {
		t.Errorf("after the deadlock: %q", got)
	}
}

func TestBlockingStatementsReleaseTheLock(t *testing.T) {
	c := launch(t)
	// Under %%gil, a channel send, a receive, a select, time.Sleep and
	// WaitGroup.Wait each let the lock go while they wait, as CPython's
	// blocking calls do; otherwise these cells would deadlock.
	ex := mustRun(t, c, `%%gil
results := make(chan int)
var wg sync.WaitGroup
for i := 0; i < 3; i++ {
	wg.Add(1)
	go func(n int) {
		defer wg.Done()
		time.Sleep(10 * time.Millisecond)
		results <- n * n
	}(i)
}
sum := 0
for i := 0; i < 3; i++ {
	select {
	case v := <-results:
		sum += v
	case <-time.After(10 * time.Second):
		panic("timed out")
	}
}
wg.Wait()
fmt.Println(sum, gil.Held())`)
	if got := ex.Stdout(); got != "5 true\n" {
		t.Errorf("stdout %q", got)
	}
}

// When the blocked holder is the cell's own main thread (a receive in an
// if header, with a %%gil goroutine waiting for the lock to send), the
// cell ends the same way, and the next %%gil cell gets the lock at once.
func TestDeadlockedMainThreadLeavesTheLockUsable(t *testing.T) {
	c := launch(t)
	ex := run(t, c, "%%gil\nch := make(chan int)\ngo func() {\n\ttime.Sleep(10 * time.Millisecond)\n\tch <- 1\n}()\nif v := <-ch; v > 0 {\n\tfmt.Println(v)\n}")
	if f := ex.Failed(); f == nil || f.EName != "Deadlock" || !strings.Contains(f.EValue, "MainThread holds") {
		t.Fatalf("deadlocked cell: %+v", f)
	}
	if got := mustRun(t, c, "%%gil\nfmt.Println(gil.Held())").Stdout(); got != "true\n" {
		t.Errorf("after the deadlock: %q", got)
	}
}

// A range loop over a channel waits for each value with the lock let go,
// so a %%gil consumer and a %%gil producer take turns instead of
// deadlocking; a continue lets it go too, and loops over anything else
// keep the lock.
func TestRangeOverChannelReleasesTheLock(t *testing.T) {
	c := launch(t)
	ex := mustRun(t, c, `%%gil
ch := make(chan int)
go func() {
	for i := 0; i < 6; i++ {
		ch <- i
	}
	close(ch)
}()
total, held := 0, true
for v := range ch {
	held = held && gil.Held()
	if v%2 == 1 {
		continue
	}
	total += v
}
for _, w := range []int{1, 2} {
	held = held && gil.Held()
	total += w
}
fmt.Println(total, held, gil.Held())`)
	if got := ex.Stdout(); got != "9 true true\n" {
		t.Errorf("stdout %q, want %q", got, "9 true true\n")
	}
}

func TestThreadMistakesAreReported(t *testing.T) {
	c := launch(t)
	tests := []struct{ name, code, want string }{
		{"not a function", "th := threading.Thread(42)\nfmt.Println(th.Start())", "not a function"},
		{"wrong argument", "th := threading.Thread(workloads.Fibonacci, \"ten\")\nfmt.Println(th.Start())", "string"},
		{"negative for unsigned", "th := threading.Thread(workloads.Fibonacci, -1)\nfmt.Println(th.Start())", "-1"},
		{"panic in the thread", "th := threading.Thread(func() { panic(\"thread boom\") })\nth.Start()\nfmt.Println(th.Join())", "thread boom"},
		{"Goexit in the thread", "import \"runtime\"\nth := threading.Thread(func() { runtime.Goexit() })\nth.Start()\nfmt.Println(th.Join())", "Goexit"},
		{"Goexit in a go statement", "import \"runtime\"\ndone := make(chan bool)\ngo func() { defer close(done); runtime.Goexit() }()\n<-done\nfmt.Println(\"after Goexit\")", "after Goexit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := run(t, c, "%%gil\n"+tt.code)
			all := ex.Stdout() + ex.Stderr()
			if f := ex.Failed(); f != nil {
				all += f.EValue
			}
			if !strings.Contains(all, tt.want) {
				t.Errorf("output does not mention %q: %q", tt.want, all)
			}
			if got := resultText(mustRun(t, c, "%%gil\ngil.Held()")); got != "true" {
				t.Errorf("lock after the mistake: %q", got)
			}
		})
	}
}

func TestGILReviewCases(t *testing.T) {
	c := launch(t)
	// A trailing expression that blocks is still the cell's value.
	if got := resultText(mustRun(t, c, "%%gil\nch := make(chan int, 1)\nch <- 7\n<-ch")); got != "7" {
		t.Errorf("trailing receive under %%%%gil shows %q", got)
	}
	// A panic inside a statement that let the lock go: the function's exit
	// takes it back before the panic goes on.
	mustRun(t, c, "%%gil\nfunc sendSafe(ch chan int) (err error) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\terr = fmt.Errorf(\"%v\", r)\n\t\t}\n\t}()\n\tch <- 1\n\treturn nil\n}")
	ex := mustRun(t, c, "%%gil\nclosed := make(chan int)\nclose(closed)\nerr := sendSafe(closed)\nfmt.Println(err != nil, gil.Held())")
	if got := ex.Stdout(); got != "true true\n" {
		t.Errorf("after a recovered panic in a blocking send: %q", got)
	}
	// go statements keep the spawner of the cell that wrote them.
	mustRun(t, c, "%%gil\nfunc startWorker(out chan string) { go func() { out <- gil.CurrentThread() }() }")
	ex = mustRun(t, c, "names := make(chan string, 1)\nstartWorker(names)\nfmt.Println(<-names)")
	if got := ex.Stdout(); !strings.HasPrefix(got, "Thread-") {
		t.Errorf("a %%%%gil function's go statement, run from a plain cell, started %q, want a Thread", got)
	}
	ex = mustRun(t, c, "names := make(chan string, 1)\ngo func() { names <- gil.CurrentThread() }()\nfmt.Println(<-names)")
	if got := ex.Stdout(); !strings.HasPrefix(got, "goroutine-") {
		t.Errorf("a plain cell's go statement runs as %q", got)
	}
	// %%time prints no times for a failing cell, like IPython.
	ex = run(t, c, "%%time\npanic(\"no times\")")
	if strings.Contains(ex.Stdout(), "Wall time") {
		t.Errorf("%%%%time printed times for a failed cell: %q", ex.Stdout())
	}
}

func TestTimelineMagic(t *testing.T) {
	c := launch(t)
	ex := mustRun(t, c, "%%timeline\n%%gil\nt1 := threading.Thread(workloads.FibonacciGIL, uint64(20_000_000))\nt2 := threading.Thread(workloads.FibonacciNoGIL, uint64(20_000_000))\nt1.Start()\nt2.Start()\nt1.Join()\nt2.Join()")
	var svg string
	for _, o := range ex.Outputs {
		if o.Display != nil {
			svg, _ = o.Display.Data["image/svg+xml"].(string)
		}
	}
	if !strings.HasPrefix(strings.TrimSpace(svg), "<svg") || !strings.Contains(svg, "MainThread") || !strings.Contains(svg, "FibonacciGIL") {
		t.Errorf("%%%%timeline did not draw the threads: %.300q", svg)
	}
}
