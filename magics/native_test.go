package magics

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/kernel"
)

// %%native cells through the Layer, as the kernel runs them: built with the
// real toolchain and loaded into this test binary (package native builds
// plugins with the binary's own flags, -race included).

const fibonacciCell = `%%native
func fibonacci(n uint64) uint64 {
	if n <= 1 {
		return n
	}
	var a, b uint64 = 0, 1
	c := a + b
	for i := uint64(2); i < n; i++ {
		a = b
		b = c
		c = a + b
	}
	return c
}

type Point struct{ X, Y int }

func Norm1(p Point) int { return abs(p.X) + abs(p.Y) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

const Limit = 90
`

func newNativeLayer(t *testing.T) *Layer {
	t.Helper()
	t.Setenv("GOGIL_NATIVE_CACHE", t.TempDir())
	return newTestLayer(t)
}

func TestNativeDefineAndCall(t *testing.T) {
	l := newNativeLayer(t)
	shown := &displays{}
	if out := l.Execute(context.Background(), kernel.ExecuteInput{Code: fibonacciCell}, shown); out.Err != nil {
		t.Fatal(out.Err)
	}
	// One display, updated in place while the build runs, ending with how
	// long it took.
	outs := shown.all()
	if len(outs) < 2 || outs[0].Update || !outs[len(outs)-1].Update {
		t.Fatalf("progress displays %+v", outs)
	}
	for _, o := range outs {
		if o.DisplayID != outs[0].DisplayID {
			t.Errorf("displays under two ids: %+v", outs)
		}
	}
	if final := outs[len(outs)-1].Data["text/plain"].(string); !strings.HasPrefix(final, "%%native: built in ") {
		t.Errorf("the display ended with %q, want how long the build took", final)
	}
	if out, _ := exec(t, l, fibonacciCell); !strings.HasPrefix(out, "%%native: cached in ") {
		t.Errorf("the same cell again printed %q, want a cache hit", out)
	}
	for code, want := range map[string]string{
		"fibonacci(Limit)":               "2880067194370816120",
		"Norm1(Point{X: -3, Y: 4})":      "7",
		"abs(-5)":                        "5",
		"%%gil\nfibonacci(10)":           "55",
		"var p Point\np.X = 2\nNorm1(p)": "2",
	} {
		if _, got := exec(t, l, code); got != want {
			t.Errorf("%q = %q, want %q", code, got, want)
		}
	}
}

func failing(t *testing.T, l *Layer, code string) (name string, lines string) {
	t.Helper()
	out := l.Execute(context.Background(), kernel.ExecuteInput{Code: code}, &recording{})
	if out.Err == nil {
		t.Fatalf("%q succeeded, want an error", code)
	}
	return out.Err.Name(), strings.Join(out.Err.Lines(), "\n")
}

// The lock inside compiled code is explicit, as in Cython 0.29: Held, and
// SaveThread without the lock is the article's fatal error, for the cell only.
func TestNativeLockCalls(t *testing.T) {
	l := newNativeLayer(t)
	exec(t, l, `%%native
func heldNow() bool { return gil.Held() }

func releasedInside() (inside, after bool) {
	s := gil.SaveThread()
	inside = gil.Held()
	gil.RestoreThread(s)
	return inside, gil.Held()
}

func withGil() bool {
	s := gil.Ensure()
	defer gil.Release(s)
	return gil.Held()
}

// cell 8 of the article: with nogil inside with nogil.
func nested() {
	s := gil.SaveThread()
	inner := gil.SaveThread()
	gil.RestoreThread(inner)
	gil.RestoreThread(s)
}
`)
	for code, want := range map[string]string{
		"heldNow()":                          "false",
		"%%gil\nheldNow()":                   "true",
		"%%gil\nreleasedInside()":            "false, true",
		"withGil()":                          "true",
		"%%gil\nwithGil()\n":                 "true",
		"withGil()\ngil.Held()":              "false",
		"%%gil\nwithGil()\ngil.Held()\n":     "true",
		"%%gil\nx, _ := releasedInside()\nx": "false",
	} {
		if _, got := exec(t, l, code); got != want {
			t.Errorf("%q = %q, want %q", code, got, want)
		}
	}
	name, lines := failing(t, l, "%%gil\nnested()")
	if !strings.Contains(lines, "Fatal Python error: PyEval_SaveThread: NULL tstate") {
		t.Errorf("cell 8 ended with %s:\n%s", name, lines)
	}
	if _, got := exec(t, l, "heldNow()"); got != "false" {
		t.Errorf("after the fatal error the main thread holds the lock")
	}
}

// %%native nogil: released on entry when held, nothing when not; calls
// between compiled functions (recursion) never touch the lock.
func TestNativeNoGIL(t *testing.T) {
	l := newNativeLayer(t)
	exec(t, l, `%%native nogil
func released() bool { return gil.Held() }

func depth(n int) int {
	if n == 0 {
		if gil.Held() {
			return -1
		}
		return 0
	}
	return depth(n-1) + 1
}
`)
	for code, want := range map[string]string{
		"%%gil\nreleased()":             "false",
		"released()":                    "false",
		"%%gil\nreleased()\ngil.Held()": "true",
		"%%gil\ndepth(50)":              "50",
		"%%nogil\ndepth(3)":             "3",
	} {
		if _, got := exec(t, l, code); got != want {
			t.Errorf("%q = %q, want %q", code, got, want)
		}
	}
}

// Compiled code holding the lock never yields: a thread that needs the lock
// makes no progress until it returns; with nogil it runs meanwhile. The
// thread counts as long as it runs and the compiled function reports
// whether the count moved while it ran, so that neither case depends on
// when the scheduler starts the thread.
func TestNativeHoldingNeverYields(t *testing.T) {
	l := newNativeLayer(t)
	spin := `
import (
	"sync/atomic"
	"time"
)

func %s(count *int32) bool {
	start := atomic.LoadInt32(count)
	deadline := time.Now().Add(300 * time.Millisecond)
	for time.Now().Before(deadline) {
		if atomic.LoadInt32(count) != start {
			return false
		}
	}
	return true
}
`
	exec(t, l, "%%native"+strings.Replace(spin, "%s", "spinHolding", 1))
	exec(t, l, "%%native nogil"+strings.Replace(spin, "%s", "spinReleasing", 1))
	run := `%%gil
import "sync/atomic"
var count, stop int32
t := threading.Thread(func() {
	for atomic.LoadInt32(&stop) == 0 {
		atomic.AddInt32(&count, 1)
		time.Sleep(time.Millisecond)
	}
})
t.Start()
time.Sleep(time.Millisecond)
r := SPIN(&count)
atomic.StoreInt32(&stop, 1)
t.Join()
r
`
	if _, got := exec(t, l, strings.Replace(run, "SPIN", "spinHolding", 1)); got != "true" {
		t.Errorf("a thread ran while compiled code held the lock")
	}
	if _, got := exec(t, l, strings.Replace(run, "SPIN", "spinReleasing", 1)); got != "false" {
		t.Errorf("a thread did not run while %%%%native nogil code ran")
	}
}

// Compiled functions run from threads, and from other compiled cells;
// redefinition replaces a function for later calls, in both kinds of cell.
func TestNativeThreadsAndRedefinition(t *testing.T) {
	l := newNativeLayer(t)
	exec(t, l, fibonacciCell)
	if _, got := exec(t, l, "%%gil\nth := threading.Thread(fibonacci, 20)\nth.Start()\nth.Join()\nth.Result()"); got != "[6765]" {
		t.Errorf("from a thread: %q", got)
	}
	exec(t, l, "%%native\nfunc version() int { return 1 }")
	exec(t, l, "%%native\nfunc tenTimes() int { return version() * 10 }")
	if _, got := exec(t, l, "tenTimes()"); got != "10" {
		t.Errorf("compiled calling compiled: %q", got)
	}
	exec(t, l, "%%native\nfunc version() int { return 2 }")
	if _, got := exec(t, l, "version()"); got != "2" {
		t.Errorf("after redefinition: %q", got)
	}
	exec(t, l, "%%native\nfunc tenTimesAgain() int { return version() * 10 }")
	if _, got := exec(t, l, "tenTimesAgain()"); got != "20" {
		t.Errorf("a later compiled cell calls the redefinition: %q", got)
	}
	if out, _ := exec(t, l, "%%native\nfunc version() int { return 1 }"); !strings.Contains(out, "cached") {
		t.Errorf("identical source built again: %q", out)
	}
	if _, got := exec(t, l, "version()"); got != "1" {
		t.Errorf("the first definition loaded again: %q", got)
	}
}

func TestNativeErrors(t *testing.T) {
	l := newNativeLayer(t)
	for _, c := range []struct{ code, name, want string }{
		{"%%native\nfunc f() int {\n\treturn x\n}", "CompileError", "line 3, column 9: undefined: x"},
		{"%%native\nimport \"fmt\"\nfmt.Println(1)", "CompileError", "line 3, column 1: a %%native cell holds declarations only"},
		{"%%native\nfunc g() {\n\tfor i := 0; i < 3; i++ {\n\t\ty = i\n\t}\n}", "CompileError", "line 4, column 3: undefined: y"},
		{"%%native bogus\nfunc h() {}", "UsageError", "takes one optional argument, nogil"},
	} {
		name, lines := failing(t, l, c.code)
		if name != c.name || !strings.Contains(lines, c.want) {
			t.Errorf("%q ended with %s:\n%s\nwant %s naming %q", c.code, name, lines, c.name, c.want)
		}
	}
	exec(t, l, "%%native\nfunc boom(n int) int {\n\tvar s []int\n\treturn s[n]\n}")
	name, lines := failing(t, l, "boom(3)")
	if name != "panic" || !strings.Contains(lines, "index out of range") || !strings.Contains(lines, "line 4") {
		t.Errorf("a panic in compiled code ended with %s:\n%s", name, lines)
	}
	exec(t, l, `%%native
func spawnBoom(done chan bool) {
	go func() {
		defer close(done)
		panic("boom in a goroutine")
	}()
}`)
	rec := &recording{}
	out := l.Execute(context.Background(), kernel.ExecuteInput{Code: "done := make(chan bool)\nspawnBoom(done)\n<-done\ntime.Sleep(100 * time.Millisecond)"}, rec)
	if out.Err != nil {
		t.Fatalf("the cell failed: %v", out.Err)
	}
	if got := rec.text("stderr"); !strings.Contains(got, "boom in a goroutine") || !strings.Contains(got, "line 5 of the %%native cell") {
		t.Errorf("a panic in a compiled goroutine printed %q", got)
	}
	// os.Exit and log.Fatal end the cell, not the kernel's process (an
	// os imported for Exit alone still compiles).
	exec(t, l, "%%native\nimport (\n\t\"log\"\n\t\"os\"\n)\nfunc quit(n int) {\n\tos.Exit(n)\n}\nfunc fatal(s string) {\n\tlog.Fatalf(\"fatal: %s\", s)\n}")
	for call, want := range map[string]string{"quit(3)": "exit status 3", "fatal(\"x\")": "exit status 1"} {
		if name, lines := failing(t, l, call); name != "panic" || !strings.Contains(lines, want) {
			t.Errorf("%s ended with %s:\n%s\nwant %q", call, name, lines, want)
		}
	}
	if _, got := exec(t, l, "1 + 1"); got != "2" {
		t.Errorf("the kernel after the panics and exits: %q", got)
	}
}

// Interrupt stops a compiled loop: every loop checks a flag.
func TestNativeInterrupt(t *testing.T) {
	l := newNativeLayer(t)
	exec(t, l, "%%native\nfunc forever() int {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}")
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-time.After(300 * time.Millisecond)
		cancel()
	}()
	out := l.Execute(ctx, kernel.ExecuteInput{Code: "forever()"}, &recording{})
	if out.Err == nil || out.Err.Name() != "KeyboardInterrupt" {
		t.Fatalf("interrupted: %+v", out.Err)
	}
	if _, got := exec(t, l, "1 + 1"); got != "2" {
		t.Errorf("the cell after the interrupt: %q", got)
	}
}

// An interrupt stops the compiled loops of the interrupted cell, on its
// own goroutine and on those it started (by a compiled or an interpreted
// go statement); loops that goroutines of an earlier cell run go on. The
// next cell's loops run undisturbed.
func TestNativeInterruptOnlyTheCell(t *testing.T) {
	l := newNativeLayer(t)
	exec(t, l, `%%native
import "sync/atomic"

var counts [5]atomic.Int64

func spin(i int) {
	for {
		counts[i].Add(1)
	}
}

func startSpin(i int) { go spin(i) }

func count(i int) int64 { return counts[i].Load() }

func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}`)
	exec(t, l, "go spin(0)\nstartSpin(1)")
	// The interrupt comes once the cell says its goroutines run and its own
	// loop is about to: on a loaded machine a fixed delay may come before
	// a goroutine ever ran, proving nothing.
	ctx, cancel := context.WithCancel(context.Background())
	rec := &recording{}
	go func() {
		for !strings.Contains(rec.text("stdout"), "spinning") {
			time.Sleep(10 * time.Millisecond)
		}
		time.Sleep(200 * time.Millisecond)
		cancel()
	}()
	out := l.Execute(ctx, kernel.ExecuteInput{Code: "go spin(2)\nstartSpin(3)\nfor count(2) == 0 || count(3) == 0 {\n}\nfmt.Println(\"spinning\")\nspin(4)"}, rec)
	cancel()
	if out.Err == nil || out.Err.Name() != "KeyboardInterrupt" {
		t.Fatalf("interrupted: %+v", out.Err)
	}
	// The next cell at once: its loop must not see the interrupt.
	if _, got := exec(t, l, "sum(1000)"); got != "499500" {
		t.Errorf("a compiled loop right after the interrupt: %q", got)
	}
	counts := func() (c [5]int64) {
		for i := range c {
			_, got := exec(t, l, fmt.Sprintf("count(%d)", i))
			c[i], _ = strconv.ParseInt(got, 10, 64)
		}
		return c
	}
	// Stopped loops keep their counts and running ones move on. A loaded
	// machine may leave a goroutine unscheduled for a while, so the counts
	// are read until they show that, or a generous deadline passes.
	running := []string{"an earlier cell's interpreted go statement", "an earlier cell's compiled go statement"}
	stopped := []string{"the interrupted cell's interpreted go statement", "the interrupted cell's compiled go statement", "the interrupted cell's own loop"}
	var problems []string
	before := counts()
	for deadline := time.Now().Add(30 * time.Second); ; {
		time.Sleep(200 * time.Millisecond)
		after := counts()
		problems = nil
		for i, what := range running {
			if after[i] == before[i] {
				problems = append(problems, fmt.Sprintf("%s stopped at the later cell's interrupt (%d)", what, after[i]))
			}
		}
		for i, what := range stopped {
			if after[i+2] != before[i+2] || after[i+2] == 0 {
				problems = append(problems, fmt.Sprintf("%s: %d then %d", what, before[i+2], after[i+2]))
			}
		}
		if len(problems) == 0 || time.Now().After(deadline) {
			break
		}
		before = after
	}
	for _, p := range problems {
		t.Error(p)
	}
}

// A machine without Go: the cell says what is missing, the rest works.
func TestNativeWithoutToolchain(t *testing.T) {
	l := newNativeLayer(t)
	t.Setenv("PATH", t.TempDir())
	name, lines := failing(t, l, "%%native\nfunc f() {}")
	if name != "ToolchainError" || !strings.Contains(lines, "`go` is not in PATH") {
		t.Errorf("without go: %s\n%s", name, lines)
	}
	if _, got := exec(t, l, "1 + 1"); got != "2" {
		t.Errorf("plain cells without go: %q", got)
	}
}

// Go modules from the proxy, in both kinds of cell. go-humanize is small,
// has no dependencies and has been stable for years.
func TestNativeModules(t *testing.T) {
	l := newNativeLayer(t)
	if out, _ := exec(t, l, "%go get github.com/dustin/go-humanize@v1.0.1"); !strings.Contains(out, "github.com/dustin/go-humanize v1.0.1") {
		t.Errorf("%%go get printed %q", out)
	}
	exec(t, l, "%%native\nimport \"github.com/dustin/go-humanize\"\n\nfunc size(n uint64) string { return humanize.Bytes(n) }\n")
	if _, got := exec(t, l, "size(82854982)"); got != `"83 MB"` {
		t.Errorf("size = %s", got)
	}
	// An interpreted cell imports the same package: compiled once, at the
	// version pinned above.
	if _, got := exec(t, l, "import \"github.com/dustin/go-humanize\"\n\nhumanize.Comma(1234567)"); got != `"1,234,567"` {
		t.Errorf("humanize.Comma = %s", got)
	}
	if _, got := exec(t, l, "humanize.Ordinal(3)"); got != `"3rd"` {
		t.Errorf("a later cell: humanize.Ordinal = %s", got)
	}
}

func TestNativeModuleMissing(t *testing.T) {
	l := newNativeLayer(t)
	for _, code := range []string{
		"%%native\nimport \"github.com/gogil-nonexistent/nothing-here\"\n\nvar _ = nothing.X\n",
		"import \"github.com/gogil-nonexistent/nothing-here\"\n",
	} {
		if name, lines := failing(t, l, code); name != "ModuleError" || !strings.Contains(lines, "no module provides") {
			t.Errorf("%q: %s: %s", code, name, lines)
		}
	}
	t.Setenv("GOPROXY", "off")
	if name, lines := failing(t, l, "import \"github.com/gogil-nonexistent/offline\"\n"); name != "ModuleError" || !strings.Contains(lines, "GOPROXY=off") {
		t.Errorf("offline: %s: %s", name, lines)
	}
	if _, got := exec(t, l, "1 + 1"); got != "2" {
		t.Errorf("the kernel after module errors: %q", got)
	}
}
