package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/client"
	"github.com/gogil/gogil/internal/testkit"
)

// kernelUnderTest is one kernel the comparison starts.
type kernelUnderTest struct {
	name    string
	argv    func(tb testing.TB) []string
	env     func(tb testing.TB) []string // added to the kernel's environment
	trivial string                       // the cheapest cell: what a round trip measures
}

var kernels = []kernelUnderTest{
	{
		name: "gogil",
		argv: func(tb testing.TB) []string { return []string{testkit.Binary(tb), "kernel", "{connection_file}"} },
		// A history file, as a user's kernel keeps (ipykernel writes its
		// history database too); tests otherwise run with history off.
		env: func(tb testing.TB) []string {
			return []string{testkit.HistoryEnv + "=" + filepath.Join(tb.TempDir(), "history.jsonl")}
		},
		trivial: "_ = 1",
	},
	{
		name: "ipykernel",
		argv: func(tb testing.TB) []string {
			python := testkit.RequireJupyter(tb, "ipykernel")
			return []string{python, "-m", "ipykernel_launcher", "-f", "{connection_file}"}
		},
		env:     func(testing.TB) []string { return nil },
		trivial: "pass",
	},
}

// measurement is one round of one kernel.
type measurement struct {
	startup    time.Duration
	p50, p99   time.Duration
	rssStart   float64 // MB
	rssAfter   float64 // MB, after the executions
	executions int
}

var results = struct {
	sync.Mutex
	byKernel map[string][]measurement
}{byKernel: map[string][]measurement{}}

// executions is how many trivial cells each round runs; the targets speak
// of 10,000. -short runs fewer, to try the benchmark quickly.
func executions() int {
	if testing.Short() {
		return 500
	}
	return 10000
}

// BenchmarkKernels starts each kernel through the same client, measures
// start-up, the round trip of a trivial cell and resident memory, and
// reports them as metrics. Run it with -benchtime 1x -count N: each count
// is one round of both kernels, so rounds alternate and both kernels see the
// same machine noise; TestMain prints the side-by-side table of medians.
func BenchmarkKernels(b *testing.B) {
	for _, k := range kernels {
		b.Run(k.name, func(b *testing.B) {
			argv, env := k.argv(b), k.env(b)
			for b.Loop() {
				m, err := measure(argv, env, k.trivial, executions())
				if err != nil {
					b.Fatal(err)
				}
				results.Lock()
				results.byKernel[k.name] = append(results.byKernel[k.name], m)
				results.Unlock()
				b.ReportMetric(float64(m.startup.Microseconds())/1000, "startup-ms")
				b.ReportMetric(float64(m.p50.Microseconds()), "p50-µs")
				b.ReportMetric(float64(m.p99.Microseconds()), "p99-µs")
				b.ReportMetric(m.rssStart, "rss-start-MB")
				b.ReportMetric(m.rssAfter, "rss-after-MB")
			}
		})
	}
}

func measure(argv, env []string, trivial string, n int) (measurement, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	c, err := client.Launch(ctx, argv, client.Options{Env: env})
	if err != nil {
		return measurement{}, err
	}
	defer func() {
		sctx, scancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer scancel()
		c.Shutdown(sctx, false)
		c.Close()
	}()
	var m measurement
	m.startup = c.Startup()
	// Let start-up work that happens after the first reply settle.
	time.Sleep(200 * time.Millisecond)
	if m.rssStart, err = rssMB(c.PID()); err != nil {
		return m, err
	}
	latencies := make([]time.Duration, 0, n)
	for i := 0; i < n; i++ {
		start := time.Now()
		ex, err := c.Execute(ctx, trivial, client.ExecuteOptions{})
		if err != nil {
			return m, err
		}
		if f := ex.Failed(); f != nil {
			return m, fmt.Errorf("%q failed: %s: %s", trivial, f.EName, f.EValue)
		}
		latencies = append(latencies, time.Since(start))
	}
	slices.Sort(latencies)
	m.p50 = latencies[len(latencies)/2]
	m.p99 = latencies[len(latencies)*99/100]
	m.executions = n
	m.rssAfter, err = rssMB(c.PID())
	return m, err
}

// rssMB reads a process's resident set size from /proc.
func rssMB(pid int) (float64, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			var kb float64
			if _, err := fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(line, "VmRSS:")), "%f kB", &kb); err != nil {
				return 0, err
			}
			return kb / 1024, nil
		}
	}
	return 0, fmt.Errorf("no VmRSS in /proc/%d/status", pid)
}

func TestMain(m *testing.M) {
	code := m.Run()
	printTable(os.Stdout)
	testkit.Cleanup()
	os.Exit(code)
}

// printTable prints the medians of every round, gogil beside ipykernel,
// with the ratios the targets are stated in.
func printTable(w *os.File) {
	results.Lock()
	defer results.Unlock()
	g, p := results.byKernel["gogil"], results.byKernel["ipykernel"]
	if len(g) == 0 {
		return
	}
	med := func(ms []measurement, f func(measurement) float64) float64 {
		if len(ms) == 0 {
			return 0
		}
		v := make([]float64, len(ms))
		for i, m := range ms {
			v[i] = f(m)
		}
		sort.Float64s(v)
		return v[len(v)/2]
	}
	rows := []struct {
		name   string
		f      func(measurement) float64
		target string
		ratio  bool
	}{
		{"start-up to kernel_info_reply (ms)", func(m measurement) float64 { return float64(m.startup.Microseconds()) / 1000 }, "gogil ≤ 1/8 of ipykernel", true},
		{"trivial execute p50 (µs)", func(m measurement) float64 { return float64(m.p50.Microseconds()) }, "gogil ≤ 1/4 of ipykernel", true},
		{"trivial execute p99 (µs)", func(m measurement) float64 { return float64(m.p99.Microseconds()) }, "", true},
		{"resident memory after start-up (MB)", func(m measurement) float64 { return m.rssStart }, "gogil ≤ 40 MB", false},
		{fmt.Sprintf("resident memory after %d executions (MB)", g[0].executions), func(m measurement) float64 { return m.rssAfter }, "", false},
		{"growth over the executions (MB)", func(m measurement) float64 { return m.rssAfter - m.rssStart }, "gogil ≤ 20 MB", false},
	}
	fmt.Fprintf(w, "\nKernel comparison, medians of %d round(s) each, same client:\n\n", len(g))
	fmt.Fprintf(w, "| %-44s | %10s | %10s | %8s | %-26s |\n", "measure", "gogil", "ipykernel", "ratio", "target")
	fmt.Fprintf(w, "|%s|%s|%s|%s|%s|\n", strings.Repeat("-", 46), strings.Repeat("-", 12), strings.Repeat("-", 12), strings.Repeat("-", 10), strings.Repeat("-", 28))
	for _, r := range rows {
		gv, pv := med(g, r.f), med(p, r.f)
		ratio := "-"
		if len(p) > 0 && pv != 0 {
			ratio = fmt.Sprintf("%.3f", gv/pv)
		}
		pText := "-"
		if len(p) > 0 {
			pText = fmt.Sprintf("%.1f", pv)
		}
		fmt.Fprintf(w, "| %-44s | %10.1f | %10s | %8s | %-26s |\n", r.name, gv, pText, ratio, r.target)
	}
	fmt.Fprintln(w)
}
