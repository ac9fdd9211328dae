package bench

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/client"
	"github.com/gogil/gogil/internal/testkit"
)

// BenchmarkParallelCosts prints what threads, sub-interpreters and
// processes cost and gain on this machine, gogil beside CPython (Debian's
// python3 running testdata/parallel_costs_driver.py) in the same run:
//
//	go test -run '^$' -bench ParallelCosts -benchtime 5x ./bench/
//
// Every round runs gogil's cell, the driver's round and the anchor, in an
// order that turns with the round, and the table gives medians of the
// rounds (speed-ups are taken within a round, then their median).
//
// Start-up: a thread started and joined (mean over parallelTasks); a pool
// of two made until its first Map of two no-op tasks has answered. Per
// task: a Map of parallelTasks no-op tasks on that pool, divided by their
// number (CPython: chunksize=1); threads have no pool, so a task is a
// thread and its figure is the start-up's. Speed-up, for countdown and
// count_primes: two equal tasks on one thread in turn, over the same two
// tasks on two threads, on the pool of two. The sequential run comes
// before and after the parallel ones and the mean of the two is taken: the
// shared cores here lose time in bursts. The tasks always run on threads,
// never in the cell or the main program: in gogil a %%gil function called
// by the cell itself ran about half as fast as on a thread, which would
// flatter every speed-up.
//
// gogil's functions are interpreted %%gil code, as a Python function is:
// threads share the kernel's lock, each sub-interpreter and each worker
// process has its own. CPython 3.11 has no sub-interpreters to call from
// Python. The anchor is a compiled loop on two plain goroutines, no lock:
// 2.0 when both cores are free, nearer 1.0 when other work holds one; read
// the other speed-ups against it. GOGIL_PARALLEL_COUNTDOWN and
// GOGIL_PARALLEL_PRIMES set the tasks' sizes.
func BenchmarkParallelCosts(b *testing.B) {
	python, err := exec.LookPath("python3")
	if err != nil {
		b.Skip("python3 not found: the table is gogil beside CPython")
	}
	countdownN := envInt(b, "GOGIL_PARALLEL_COUNTDOWN", 10_000_000)
	primesLimit := envInt(b, "GOGIL_PARALLEL_PRIMES", 150_000)
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()

	kernel, err := client.Launch(ctx, []string{testkit.Binary(b), "kernel", "{connection_file}"}, client.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer func() {
		kernel.Shutdown(ctx, false)
		kernel.Close()
	}()
	cell := func(code string) string {
		ex, err := kernel.Execute(ctx, code, client.ExecuteOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if f := ex.Failed(); f != nil {
			b.Fatalf("%s\n%s: %s", code, f.EName, f.EValue)
		}
		return ex.Stdout()
	}
	cell(parallelFunctions)
	gogilRound := parallelRound(parallelTasks, countdownN, primesLimit)

	driver, err := startParallelDriver(ctx, python, parallelTasks, countdownN, primesLimit)
	if err != nil {
		b.Fatal(err)
	}
	defer driver.close()

	rounds := map[string][]map[string]float64{}
	measure := []func(){
		func() { rounds["gogil"] = append(rounds["gogil"], readFigures(b, cell(gogilRound))) },
		func() {
			out, err := driver.round()
			if err != nil {
				b.Fatal(err)
			}
			rounds["CPython"] = append(rounds["CPython"], readFigures(b, out))
		},
		func() { rounds["anchor"] = append(rounds["anchor"], map[string]float64{"speedup": goroutineAnchor()}) },
	}
	load := loadAverage()
	round := 0
	for b.Loop() {
		for i := range measure {
			measure[(i+round)%len(measure)]()
		}
		round++
	}
	t := parallelTable{rounds: rounds, python: pythonVersion(python)}
	t.print(os.Stdout, round, load, loadAverage(), countdownN, primesLimit)
	for _, w := range parallelWorkloads {
		b.ReportMetric(t.speedup("gogil", w, "threads"), w+"-threads-x")
		b.ReportMetric(t.speedup("gogil", w, "subinterp"), w+"-subinterp-x")
		b.ReportMetric(t.speedup("gogil", w, "processes"), w+"-processes-x")
	}
	b.ReportMetric(t.median("anchor", "speedup"), "anchor-x")
}

// parallelTasks is how many no-op tasks the per-task figures divide.
const parallelTasks = 200

var parallelWorkloads = []string{"countdown", "count_primes"}

const parallelFunctions = `%%gil
func noop(x int) int { return x }

func countdown(n int) int {
	for n > 0 {
		n--
	}
	return n
}

func count_primes(limit int) int {
	count := 0
	for n := 2; n < limit; n++ {
		prime := true
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			count++
		}
	}
	return count
}`

// parallelRound is gogil's round: the same steps as the driver's
// one_round, printed the same way. The functions are named in the cell,
// never held in a variable: a pool sends a cell's function by its name.
func parallelRound(tasks, countdownN, primesLimit int) string {
	var cell strings.Builder
	fmt.Fprintf(&cell, `tasks := %d
say := func(name string, t0 time.Time, per int) { fmt.Println(name, time.Since(t0).Seconds()/float64(per)) }
must := func(_ []any, err error) {
	if err != nil {
		panic(err)
	}
}
t0 := time.Now()
for i := 0; i < tasks; i++ {
	th := threading.Thread(noop, 1)
	th.Start()
	th.Join()
}
say("threads-start", t0, tasks)

t0 = time.Now()
sub := interpreters.Pool(2)
must(sub.Map(noop, []int{1, 2}))
say("subinterp-start", t0, 1)
t0 = time.Now()
must(sub.Map(noop, make([]int, tasks)))
say("subinterp-task", t0, tasks)

t0 = time.Now()
proc := multiprocessing.Pool(2)
must(proc.Map(noop, []int{1, 2}))
say("processes-start", t0, 1)
t0 = time.Now()
must(proc.Map(noop, make([]int, tasks)))
say("processes-task", t0, tasks)
`, tasks)
	for _, w := range []struct {
		name string
		arg  int
	}{{"countdown", countdownN}, {"count_primes", primesLimit}} {
		fmt.Fprintf(&cell, `
{
t0 = time.Now()
for i := 0; i < 2; i++ {
	th := threading.Thread(%[1]s, %[2]d)
	th.Start()
	th.Join()
}
say("%[1]s-sequential", t0, 1)
t0 = time.Now()
first, second := threading.Thread(%[1]s, %[2]d), threading.Thread(%[1]s, %[2]d)
first.Start()
second.Start()
first.Join()
second.Join()
say("%[1]s-threads", t0, 1)
t0 = time.Now()
must(sub.Map(%[1]s, []int{%[2]d, %[2]d}))
say("%[1]s-subinterp", t0, 1)
t0 = time.Now()
must(proc.Map(%[1]s, []int{%[2]d, %[2]d}))
say("%[1]s-processes", t0, 1)
t0 = time.Now()
for i := 0; i < 2; i++ {
	th := threading.Thread(%[1]s, %[2]d)
	th.Start()
	th.Join()
}
say("%[1]s-sequential-again", t0, 1)
}
`, w.name, w.arg)
	}
	cell.WriteString(`
sub.Close()
sub.Join()
proc.Close()
proc.Join()
`)
	return cell.String()
}

// parallelTable holds every round's figures, by side ("gogil", "CPython",
// "anchor"), and prints their medians.
type parallelTable struct {
	rounds map[string][]map[string]float64
	python string
}

func (t parallelTable) median(side, name string) float64 {
	var v []float64
	for _, r := range t.rounds[side] {
		v = append(v, r[name])
	}
	return medianOf(v)
}

// speedup is the median over rounds of sequential / parallel for one
// workload, each ratio taken within its round.
func (t parallelTable) speedup(side, workload, way string) float64 {
	var v []float64
	for _, r := range t.rounds[side] {
		sequential := (r[workload+"-sequential"] + r[workload+"-sequential-again"]) / 2
		v = append(v, sequential/r[workload+"-"+way])
	}
	return medianOf(v)
}

func (t parallelTable) print(w io.Writer, rounds int, loadBefore, loadAfter string, countdownN, primesLimit int) {
	fmt.Fprintf(w, "\nThreads, sub-interpreters and processes on this machine: medians of %d interleaved round(s)\n", rounds)
	fmt.Fprintf(w, "(load average before %s, after %s; two tasks: countdown(%d), count_primes(%d))\n\n", loadBefore, loadAfter, countdownN, primesLimit)
	fmt.Fprintf(w, "| %-38s | %10s | %10s | %11s | %14s |\n", "", "start-up", "per task", "countdown ×", "count_primes ×")
	fmt.Fprintf(w, "|%s|%s|%s|%s|%s|\n", strings.Repeat("-", 40), strings.Repeat("-", 12), strings.Repeat("-", 12), strings.Repeat("-", 13), strings.Repeat("-", 16))
	anchor := fmt.Sprintf("%.2f", t.median("anchor", "speedup"))
	fmt.Fprintf(w, "| %-38s | %10s | %10s | %11s | %14s |\n", "anchor: two Go goroutines, no lock", "", "", anchor, anchor)
	rows := []struct{ side, way, label string }{
		{"gogil", "threads", "gogil threads (one lock)"},
		{"gogil", "subinterp", "gogil sub-interpreters, Pool(2)"},
		{"gogil", "processes", "gogil processes, Pool(2)"},
		{"CPython", "threads", "CPython " + t.python + " threads"},
		{"CPython", "processes", "CPython " + t.python + " processes, Pool(2)"},
	}
	for _, r := range rows {
		start := t.median(r.side, r.way+"-start")
		task := start
		if r.way != "threads" {
			task = t.median(r.side, r.way+"-task")
		}
		fmt.Fprintf(w, "| %-38s | %10s | %10s | %11.2f | %14.2f |\n", r.label, seconds(start), seconds(task),
			t.speedup(r.side, "countdown", r.way), t.speedup(r.side, "count_primes", r.way))
	}
	var anchors []string
	for _, r := range t.rounds["anchor"] {
		anchors = append(anchors, fmt.Sprintf("%.2f", r["speedup"]))
	}
	fmt.Fprintf(w, "\nThe anchor, round by round: %s.", strings.Join(anchors, " "))
	fmt.Fprintf(w, "\nThe two tasks on one thread in turn took: gogil countdown %s, count_primes %s; CPython countdown %s, count_primes %s.\n\n",
		seconds(t.median("gogil", "countdown-sequential")), seconds(t.median("gogil", "count_primes-sequential")),
		seconds(t.median("CPython", "countdown-sequential")), seconds(t.median("CPython", "count_primes-sequential")))
}

// seconds writes a duration in seconds in the unit that keeps it readable.
func seconds(s float64) string {
	switch {
	case s >= 1:
		return fmt.Sprintf("%.2f s", s)
	case s >= 1e-3:
		return fmt.Sprintf("%.1f ms", s*1e3)
	default:
		return fmt.Sprintf("%.0f µs", s*1e6)
	}
}

// readFigures reads the "name seconds" lines a round printed.
func readFigures(b *testing.B, text string) map[string]float64 {
	m := map[string]float64{}
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		f := strings.Fields(line)
		if len(f) != 2 {
			b.Fatalf("round printed %q, want name and seconds", line)
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			b.Fatalf("round printed %q: %v", line, err)
		}
		m[f[0]] = v
	}
	return m
}

// parallelDriver is the running CPython driver: a line "round" on its
// stdin runs one round, which ends with a line "end".
type parallelDriver struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stdout *bufio.Scanner
}

func startParallelDriver(ctx context.Context, python string, tasks, countdownN, primesLimit int) (*parallelDriver, error) {
	cmd := exec.CommandContext(ctx, python, "testdata/parallel_costs_driver.py",
		strconv.Itoa(tasks), strconv.Itoa(countdownN), strconv.Itoa(primesLimit))
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("%s testdata/parallel_costs_driver.py: %w", python, err)
	}
	return &parallelDriver{cmd: cmd, stdin: stdin, stdout: bufio.NewScanner(stdout)}, nil
}

func (d *parallelDriver) round() (string, error) {
	if _, err := io.WriteString(d.stdin, "round\n"); err != nil {
		return "", fmt.Errorf("the CPython driver: %w", err)
	}
	var out strings.Builder
	for d.stdout.Scan() {
		if d.stdout.Text() == "end" {
			return out.String(), nil
		}
		out.WriteString(d.stdout.Text() + "\n")
	}
	return "", fmt.Errorf("the CPython driver ended in a round (its errors are above): %v", d.stdout.Err())
}

func (d *parallelDriver) close() {
	d.stdin.Close()
	d.cmd.Wait()
}

// goroutineAnchor is what the machine gives at this moment: the same
// compiled loop twice in turn, over once on each of two goroutines.
func goroutineAnchor() float64 {
	const n = 300_000_000
	start := time.Now()
	spin(n)
	spin(n)
	sequential := time.Since(start)
	start = time.Now()
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() { defer wg.Done(); spin(n) }()
	}
	wg.Wait()
	return float64(sequential) / float64(time.Since(start))
}

var spinSink int

// spin is a loop the compiler cannot drop, and that touches no memory.
func spin(n int) {
	s := 0
	for i := 0; i < n; i++ {
		s += i ^ (s >> 3)
	}
	spinMu.Lock()
	spinSink += s
	spinMu.Unlock()
}

var spinMu sync.Mutex

func pythonVersion(python string) string {
	out, err := exec.Command(python, "-c", "import platform; print(platform.python_version())").Output()
	if err != nil {
		return "?"
	}
	return strings.TrimSpace(string(out))
}

// loadAverage is /proc/loadavg's three figures, or "?" where there is none.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

func envInt(b *testing.B, name string, fallback int) int {
	s := os.Getenv(name)
	if s == "" {
		return fallback
	}
	n, err := strconv.Atoi(strings.ReplaceAll(s, "_", ""))
	if err != nil || n <= 0 {
		b.Fatalf("%s=%q: want a positive whole number", name, s)
	}
	return n
}
