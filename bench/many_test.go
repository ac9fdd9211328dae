package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/testkit"
)

// The driver is one user's side of the many-kernels benchmark; its doc
// string says what it times.
const manyKernelsDriver = "testdata/many_kernels_driver.py"

// ManyEnv names the variable that sets how many kernels run side by side.
const ManyEnv = "GOGIL_BENCH_KERNELS"

// manyKind is a kernel in the many-kernels comparison, with the same small
// notebook in its language: a function, two threads running it under the
// lock, and last the trivial cell whose round trip is timed.
type manyKind struct {
	name, spec, requires string
	notebook             []string
}

var manyKinds = []manyKind{
	{name: "gogil", spec: "gogil", notebook: []string{
		"%%gil\nfunc countdown(n int) {\n\tfor n > 0 {\n\t\tn--\n\t}\n}",
		"%%gil\nt1 := threading.Thread(countdown, 100_000)\nt2 := threading.Thread(countdown, 100_000)\n" +
			"t1.Start()\nt2.Start()\nt1.Join()\nt2.Join()",
		"x := 1",
	}},
	{name: "ipykernel", spec: "python3", requires: "ipykernel", notebook: []string{
		"import threading\ndef countdown(n):\n    while n > 0:\n        n -= 1",
		"t1 = threading.Thread(target=countdown, args=(100_000,))\nt2 = threading.Thread(target=countdown, args=(100_000,))\n" +
			"t1.start()\nt2.start()\nt1.join()\nt2.join()",
		"x = 1",
	}},
}

// manyRound is one round of K kernels of one kind, started at once.
type manyRound struct {
	readyMS, notebookMS []float64 // one a kernel
	rssStart, pssStart  []float64 // MB, one a kernel, after start-up
	rssAfter, pssAfter  []float64 // MB, after the notebook and the round trips
	roundtripUS         []float64 // every kernel's, pooled
	kernels, executions int
}

// manyLoad is K and the trivial cells each kernel runs.
func manyLoad(b *testing.B) (kernels, executions int) {
	kernels, executions = 8, 500
	if testing.Short() {
		kernels, executions = 4, 100
	}
	if v := os.Getenv(ManyEnv); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			b.Fatalf("%s=%q: want a number of kernels", ManyEnv, v)
		}
		kernels = n
	}
	return kernels, executions
}

// BenchmarkManyKernels starts K kernels of one kind at the same moment,
// each through jupyter_client in a driver process of its own (as each user
// of a hub has a server of their own), runs the same small notebook in all
// of them at once and then the trivial cell many times in all at once, and
// reads each kernel's resident (RSS) and proportional (PSS: shared pages
// split among the processes sharing them) memory from /proc. Each
// iteration is one round of gogil and one of ipykernel; TestMain prints the
// medians side by side with how many such kernels 24 GB hold.
//
//	go test -run '^$' -bench ManyKernels -benchtime 1x -count 3 ./bench/
//
// GOGIL_BENCH_KERNELS sets K (8; -short 4).
func BenchmarkManyKernels(b *testing.B) {
	python := testkit.RequireJupyter(b, "jupyter_client")
	driver, err := filepath.Abs(manyKernelsDriver)
	if err != nil {
		b.Fatal(err)
	}
	jupyter := testkit.NewJupyter(b, testkit.Binary(b))
	env := append(jupyter.Env,
		testkit.HistoryEnv+"="+filepath.Join(b.TempDir(), "history.jsonl"),
		"IPYTHONDIR="+b.TempDir())
	var present []manyKind
	for _, k := range manyKinds {
		if k.requires != "" {
			p, err := testkit.Python(k.requires)
			if err == nil && p != python {
				err = fmt.Errorf("%s imports %s but %s imports jupyter_client", p, k.requires, python)
			}
			if !optional(b, k.name, err) {
				continue
			}
		}
		present = append(present, k)
	}
	kernels, executions := manyLoad(b)
	for b.Loop() {
		for _, k := range present {
			r, err := runMany(python, driver, env, k, kernels, executions)
			if err != nil {
				b.Fatalf("%s: %v", k.name, err)
			}
			results.Lock()
			manyResults[k.name] = append(manyResults[k.name], r)
			results.Unlock()
			b.ReportMetric(medianOf(r.readyMS), k.name+"-ready-ms")
			b.ReportMetric(medianOf(r.pssAfter), k.name+"-pss-MB")
			b.ReportMetric(quantile(r.roundtripUS, 0.5), k.name+"-p50-µs")
		}
	}
}

// manyResults holds the rounds by kernel name, under results' lock.
var manyResults = map[string][]manyRound{}

// manyDriver is one running driver and its kernel.
type manyDriver struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	lines  *bufio.Scanner
	stderr *testkit.Buffer
	pid    int // the kernel's
}

func (d *manyDriver) next(want string, out any) error {
	if !d.lines.Scan() {
		return fmt.Errorf("the driver ended before %q: %v\n%s", want, d.lines.Err(), d.stderr)
	}
	var head struct {
		Event string `json:"event"`
	}
	if err := json.Unmarshal(d.lines.Bytes(), &head); err != nil || head.Event != want {
		return fmt.Errorf("the driver said %q, want event %q\n%s", d.lines.Text(), want, d.stderr)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(d.lines.Bytes(), out)
}

func runMany(python, driver string, env []string, k manyKind, kernels, executions int) (r manyRound, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	notebook, err := json.Marshal(k.notebook)
	if err != nil {
		return r, err
	}
	drivers := make([]*manyDriver, 0, kernels)
	defer func() {
		for _, d := range drivers {
			d.stdin.Close()
		}
		for _, d := range drivers {
			if werr := d.cmd.Wait(); werr != nil && err == nil {
				err = fmt.Errorf("driver: %w\n%s", werr, d.stderr)
			}
			// A driver that failed may leave its kernel; its group goes.
			syscall.Kill(-d.cmd.Process.Pid, syscall.SIGKILL)
		}
	}()
	for range kernels {
		cmd := exec.CommandContext(ctx, python, driver, k.spec, strconv.Itoa(executions), string(notebook))
		cmd.Env = env
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
		cmd.WaitDelay = 10 * time.Second
		d := &manyDriver{cmd: cmd, stderr: &testkit.Buffer{}}
		cmd.Stderr = d.stderr
		if d.stdin, err = cmd.StdinPipe(); err != nil {
			return r, err
		}
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			return r, err
		}
		d.lines = bufio.NewScanner(stdout)
		d.lines.Buffer(nil, 16<<20)
		if err := cmd.Start(); err != nil {
			return r, err
		}
		drivers = append(drivers, d)
	}
	// Each step starts in every driver at once, after all finished the last.
	step := func(word, want string, each func(d *manyDriver) error) error {
		if word != "" {
			for _, d := range drivers {
				if _, err := io.WriteString(d.stdin, word+"\n"); err != nil {
					return err
				}
			}
		}
		for _, d := range drivers {
			if err := each(d); err != nil {
				return err
			}
		}
		return nil
	}
	if err := step("", "loaded", func(d *manyDriver) error { return d.next("loaded", nil) }); err != nil {
		return r, err
	}
	err = step("start", "ready", func(d *manyDriver) error {
		var ready struct {
			ReadyMS float64 `json:"ready_ms"`
			PID     int     `json:"pid"`
		}
		if err := d.next("ready", &ready); err != nil {
			return err
		}
		d.pid = ready.PID
		r.readyMS = append(r.readyMS, ready.ReadyMS)
		return nil
	})
	if err != nil {
		return r, err
	}
	// Let start-up work that happens after the first reply settle.
	time.Sleep(300 * time.Millisecond)
	for _, d := range drivers {
		rss, pss, err := processMemory(d.pid)
		if err != nil {
			return r, err
		}
		r.rssStart, r.pssStart = append(r.rssStart, rss), append(r.pssStart, pss)
	}
	err = step("run", "ran", func(d *manyDriver) error {
		var ran struct {
			NotebookMS  float64   `json:"notebook_ms"`
			RoundtripUS []float64 `json:"roundtrip_us"`
		}
		if err := d.next("ran", &ran); err != nil {
			return err
		}
		if len(ran.RoundtripUS) != executions {
			return fmt.Errorf("the driver timed %d executions, want %d", len(ran.RoundtripUS), executions)
		}
		r.notebookMS = append(r.notebookMS, ran.NotebookMS)
		r.roundtripUS = append(r.roundtripUS, ran.RoundtripUS...)
		return nil
	})
	if err != nil {
		return r, err
	}
	for _, d := range drivers {
		rss, pss, err := processMemory(d.pid)
		if err != nil {
			return r, err
		}
		r.rssAfter, r.pssAfter = append(r.rssAfter, rss), append(r.pssAfter, pss)
	}
	if err := step("stop", "", func(*manyDriver) error { return nil }); err != nil {
		return r, err
	}
	r.kernels, r.executions = kernels, executions
	return r, nil
}

// processMemory reads a process's resident and proportional set sizes in
// MB from /proc (Linux only).
func processMemory(pid int) (rss, pss float64, err error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/smaps_rollup", pid))
	if err != nil {
		return 0, 0, fmt.Errorf("reading the kernel's memory: %w", err)
	}
	var found int
	for _, line := range strings.Split(string(data), "\n") {
		fields := strings.Fields(line)
		if len(fields) < 2 || (fields[0] != "Rss:" && fields[0] != "Pss:") {
			continue
		}
		kb, err := strconv.ParseFloat(fields[1], 64)
		if err != nil {
			return 0, 0, fmt.Errorf("smaps_rollup line %q: %w", line, err)
		}
		if fields[0] == "Rss:" {
			rss = kb / 1024
		} else {
			pss = kb / 1024
		}
		found++
	}
	if found != 2 {
		return 0, 0, errors.New("smaps_rollup has no Rss and Pss lines")
	}
	return rss, pss, nil
}

func quantile(v []float64, q float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[int(q*float64(len(s)-1))]
}

// machineMB is the memory of the machine the question is asked about.
const machineMB = 24 * 1024

// printMany prints the medians of the many-kernels rounds, gogil beside
// ipykernel. Callers hold results' lock.
func printMany(w io.Writer) {
	g, p := manyResults["gogil"], manyResults["ipykernel"]
	if len(g) == 0 {
		return
	}
	pick := func(f func(manyRound) []float64, q float64) func(manyRound) float64 {
		return func(r manyRound) float64 { return quantile(f(r), q) }
	}
	ready := func(r manyRound) []float64 { return r.readyMS }
	nb := func(r manyRound) []float64 { return r.notebookMS }
	rt := func(r manyRound) []float64 { return r.roundtripUS }
	rssStart := func(r manyRound) []float64 { return r.rssStart }
	rssAfter := func(r manyRound) []float64 { return r.rssAfter }
	pssAfter := func(r manyRound) []float64 { return r.pssAfter }
	fits := func(r manyRound) float64 { return machineMB / quantile(r.pssAfter, 0.5) }
	rows := []row{
		{"start-up to ready, median (ms)", median(g, pick(ready, 0.5)), median(p, pick(ready, 0.5)), "%.0f", true, ""},
		{"start-up to ready, slowest (ms)", median(g, pick(ready, 1)), median(p, pick(ready, 1)), "%.0f", true, ""},
		{"small notebook, median (ms)", median(g, pick(nb, 0.5)), median(p, pick(nb, 0.5)), "%.0f", true, ""},
		{"trivial cell round trip p50 (µs)", median(g, pick(rt, 0.5)), median(p, pick(rt, 0.5)), "%.0f", true, ""},
		{"trivial cell round trip p99 (µs)", median(g, pick(rt, 0.99)), median(p, pick(rt, 0.99)), "%.0f", true, ""},
		{"RSS a kernel after start-up (MB)", median(g, pick(rssStart, 0.5)), median(p, pick(rssStart, 0.5)), "%.1f", true, ""},
		{"RSS a kernel after the cells (MB)", median(g, pick(rssAfter, 0.5)), median(p, pick(rssAfter, 0.5)), "%.1f", true, ""},
		{"PSS a kernel after the cells (MB)", median(g, pick(pssAfter, 0.5)), median(p, pick(pssAfter, 0.5)), "%.1f", true, ""},
		{"such kernels in 24 GB (by PSS)", median(g, fits), median(p, fits), "%.0f", false, ""},
	}
	fmt.Fprintf(w, "\n%d kernels of each kind at once through jupyter_client, one driver process a kernel, %d trivial cells each; medians of %d round(s):\n\n",
		g[0].kernels, g[0].executions, len(g))
	writeRows(w, "ipykernel", rows)
}
