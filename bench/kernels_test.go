package bench

import (
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/client"
	"github.com/gogil/gogil/internal/testkit"
)

// kernelUnderTest is one kernel the comparison starts.
type kernelUnderTest struct {
	name string
	// argv fails when the kernel is not installed: the comparison then
	// goes on without it (see optional).
	argv    func(tb testing.TB) ([]string, error)
	env     func(tb testing.TB) []string // added to the kernel's environment
	trivial string                       // the cheapest cell: what a round trip measures
}

var kernels = []kernelUnderTest{
	{
		name: "gogil",
		argv: func(tb testing.TB) ([]string, error) {
			return []string{testkit.Binary(tb), "kernel", "{connection_file}"}, nil
		},
		// A history file, as a user's kernel keeps (ipykernel writes its
		// history database too); tests otherwise run with history off.
		env: func(tb testing.TB) []string {
			return []string{testkit.HistoryEnv + "=" + filepath.Join(tb.TempDir(), "history.jsonl")}
		},
		trivial: "x := 1",
	},
	{
		name: "ipykernel",
		argv: func(testing.TB) ([]string, error) {
			python, err := testkit.Python("ipykernel")
			return []string{python, "-m", "ipykernel_launcher", "-f", "{connection_file}"}, err
		},
		// A fresh IPython directory: its history database is on, as a
		// user's, but neither read from nor written into the user's.
		env:     func(tb testing.TB) []string { return []string{"IPYTHONDIR=" + tb.TempDir()} },
		trivial: "x = 1",
	},
}

// optional reports whether a kernel the comparison wants is there. A
// missing gogil fails; a missing other kernel is left out of the table,
// or fails when GOGIL_REQUIRE_JUPYTER=1 (as in CI).
func optional(b *testing.B, name string, err error) bool {
	b.Helper()
	if err == nil {
		return true
	}
	if name == "gogil" || os.Getenv(testkit.RequireEnv) == "1" {
		b.Fatalf("%s: %v", name, err)
	}
	b.Logf("leaving %s out: %v", name, err)
	return false
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
	byKernel      map[string][]measurement // through our Go client
	jupyterClient map[string][]jupyterClientRound
}{byKernel: map[string][]measurement{}, jupyterClient: map[string][]jupyterClientRound{}}

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
// reports them as metrics named after the kernel. Run it with -benchtime 1x
// -count N: each iteration is one round of every kernel, one after the
// other, so both kernels see the same machine noise (sub-benchmarks would
// run all rounds of one kernel first); TestMain prints the side-by-side
// table of medians.
func BenchmarkKernels(b *testing.B) {
	type ready struct {
		kernelUnderTest
		argv, env []string
	}
	var present []ready
	for _, k := range kernels {
		argv, err := k.argv(b)
		if optional(b, k.name, err) {
			present = append(present, ready{k, argv, k.env(b)})
		}
	}
	for _, o := range presentOthers(b) {
		present = append(present, ready{kernelUnderTest{name: o.name, trivial: "x := 1"}, o.argv(o.executable(b)), o.environment(b)})
	}
	for b.Loop() {
		for _, k := range present {
			m, err := measure(k.argv, k.env, k.trivial, executions())
			if err != nil {
				b.Fatalf("%s: %v", k.name, err)
			}
			results.Lock()
			results.byKernel[k.name] = append(results.byKernel[k.name], m)
			results.Unlock()
			b.ReportMetric(ms(m.startup), k.name+"-startup-ms")
			b.ReportMetric(us(m.p50), k.name+"-p50-µs")
			b.ReportMetric(us(m.p99), k.name+"-p99-µs")
			b.ReportMetric(m.rssStart, k.name+"-rss-start-MB")
			b.ReportMetric(m.rssAfter, k.name+"-rss-after-MB")
		}
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
	if m.rssStart, err = residentMB(c); err != nil {
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
	m.rssAfter, err = residentMB(c)
	return m, err
}

func residentMB(c *client.Client) (float64, error) {
	bytes, err := c.ResidentMemory()
	return float64(bytes) / (1 << 20), err
}

func TestMain(m *testing.M) {
	code := m.Run()
	printTable(os.Stdout)
	testkit.Cleanup()
	os.Exit(code)
}

// row is one line of the comparison table.
type row struct {
	measure      string
	gogil, other float64 // other: the kernel gogil is compared with
	format       string  // of both figures
	ratio        bool    // print gogil/other
	target       string
}

// printTable prints the medians of every round, gogil beside ipykernel,
// through our Go client and through jupyter_client, with the ratios the
// targets are stated in.
func printTable(w io.Writer) {
	results.Lock()
	defer results.Unlock()
	if rows := goClientRows(results.byKernel["gogil"], results.byKernel["ipykernel"]); rows != nil {
		fmt.Fprintf(w, "\nThrough our Go client (internal/client), medians of %d round(s):\n\n", len(results.byKernel["gogil"]))
		writeRows(w, "ipykernel", rows)
	}
	if rows := jupyterClientRows(results.jupyterClient["gogil"], results.jupyterClient["ipykernel"]); rows != nil {
		g := results.jupyterClient["gogil"]
		fmt.Fprintf(w, "\nThrough %s, medians of %d round(s) of %d launches each:\n\n",
			"jupyter_client "+g[0].Version, len(g), len(g[0].ReadyMS))
		writeRows(w, "ipykernel", rows)
		printFloor(w)
	}
	printOthers(w)
	printMany(w)
}

func goClientRows(g, p []measurement) []row {
	if len(g) == 0 {
		return nil
	}
	both := func(f func(measurement) float64) (float64, float64) { return median(g, f), median(p, f) }
	var rows []row
	add := func(name string, f func(measurement) float64, format string, ratio bool, target string) {
		gv, pv := both(f)
		rows = append(rows, row{name, gv, pv, format, ratio, target})
	}
	add("start-up to kernel_info_reply (ms)", func(m measurement) float64 { return ms(m.startup) }, "%.1f", true, "gogil ≤ 1/8 of ipykernel")
	add("`x := 1` execute p50 (µs)", func(m measurement) float64 { return us(m.p50) }, "%.0f", true, "gogil ≤ 1/4 of ipykernel")
	add("`x := 1` execute p99 (µs)", func(m measurement) float64 { return us(m.p99) }, "%.0f", true, "")
	add("resident memory after start-up (MB)", func(m measurement) float64 { return m.rssStart }, "%.1f", false, "gogil ≤ 40 MB")
	add(fmt.Sprintf("resident memory after %d executions (MB)", g[0].executions), func(m measurement) float64 { return m.rssAfter }, "%.1f", false, "")
	add("growth over the executions (MB)", func(m measurement) float64 { return m.rssAfter - m.rssStart }, "%.1f", false, "gogil ≤ 20 MB")
	return rows
}

// writeRows prints rows as a table of gogil beside the kernel named other.
func writeRows(w io.Writer, other string, rows []row) {
	fmt.Fprintf(w, "| %-44s | %10s | %11s | %8s | %-26s |\n", "measure", "gogil", other, "ratio", "target")
	fmt.Fprintf(w, "|%s|%s|%s|%s|%s|\n", strings.Repeat("-", 46), strings.Repeat("-", 12), strings.Repeat("-", 13), strings.Repeat("-", 10), strings.Repeat("-", 28))
	for _, r := range rows {
		pText, ratio := "-", "-"
		if !math.IsNaN(r.other) {
			pText = fmt.Sprintf(r.format, r.other)
			if r.ratio && r.other != 0 {
				ratio = fmt.Sprintf("%.3f", r.gogil/r.other)
			}
		}
		fmt.Fprintf(w, "| %-44s | %10s | %11s | %8s | %-26s |\n", r.measure, fmt.Sprintf(r.format, r.gogil), pText, ratio, r.target)
	}
	fmt.Fprintln(w)
}

// median is the median of f over rounds; NaN when there are none (the
// kernel was skipped).
func median[T any](rounds []T, f func(T) float64) float64 {
	if len(rounds) == 0 {
		return math.NaN()
	}
	v := make([]float64, len(rounds))
	for i, r := range rounds {
		v[i] = f(r)
	}
	return medianOf(v)
}

func medianOf(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
func us(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1000 }
