package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/testkit"
)

// The driver times kernels through jupyter_client; its doc string says
// exactly what it measures.
const jupyterClientDriver = "testdata/jupyter_client_driver.py"

// jupyterClientKernel is a kernel as jupyter_client finds it: by
// kernelspec name.
type jupyterClientKernel struct {
	name     string // in the table
	spec     string // kernelspec name
	requires string // Python module the kernel needs, "" for none
	trivial  string
}

var jupyterClientKernels = []jupyterClientKernel{
	{name: "gogil", spec: "gogil", trivial: "x := 1"},
	// Debian's python3-ipykernel installs the "python3" kernelspec for
	// /usr/bin/python3.
	{name: "ipykernel", spec: "python3", requires: "ipykernel", trivial: "x = 1"},
}

// nullKernel is bench/nullkernel: it answers at once and runs nothing.
var nullKernel = jupyterClientKernel{name: "nothing", spec: "gogil-bench-nullkernel", trivial: "x := 1"}

// buildNullKernel builds bench/nullkernel into a temporary folder.
func buildNullKernel(b *testing.B) string {
	bin := filepath.Join(b.TempDir(), "nullkernel")
	out, err := exec.Command("go", "build", "-o", bin, "./nullkernel").CombinedOutput()
	if err != nil {
		b.Fatalf("go build ./nullkernel: %v\n%s", err, out)
	}
	return bin
}

// jupyterClientRound is one run of the driver: several launches of one
// kernel, then many executions on the last one.
type jupyterClientRound struct {
	Version     string    `json:"jupyter_client"`
	ReadyMS     []float64 `json:"ready_ms"`
	Rounds      []int     `json:"rounds"` // kernel_info rounds each launch took
	RoundtripUS []float64 `json:"roundtrip_us"`
}

func (r jupyterClientRound) readyMedian() float64 { return medianOf(r.ReadyMS) }

func (r jupyterClientRound) secondRounds() int {
	n := 0
	for _, rounds := range r.Rounds {
		if rounds > 1 {
			n++
		}
	}
	return n
}

func (r jupyterClientRound) roundtrip(quantile float64) float64 {
	s := slices.Clone(r.RoundtripUS)
	slices.Sort(s)
	return s[int(quantile*float64(len(s)))]
}

// jupyterClientLoad is how many launches and executions one round does.
func jupyterClientLoad() (launches, executions int) {
	if testing.Short() {
		return 5, 300
	}
	return 10, 2000
}

// BenchmarkJupyterClient times start-up and the execute round trip of
// gogil and ipykernel through jupyter_client, what Jupyter's server,
// nbclient and console use, with Debian's python3. gogil is installed into
// a temporary kernelspec folder (JUPYTER_PATH) and keeps a history file, as
// a user's kernel does; ipykernel keeps its history database in a fresh
// IPYTHONDIR. Each iteration is one round of every kernel, one after the
// other (run it with -benchtime 1x -count N); TestMain prints the medians
// beside the Go client's figures.
func BenchmarkJupyterClient(b *testing.B) {
	python := testkit.RequireJupyter(b, "jupyter_client")
	bin := testkit.Binary(b)
	driver, err := filepath.Abs(jupyterClientDriver)
	if err != nil {
		b.Fatal(err)
	}
	jupyter := testkit.NewJupyter(b, bin)
	env := append(jupyter.Env,
		// Later entries win: testkit turned history off for tests.
		testkit.HistoryEnv+"="+filepath.Join(b.TempDir(), "history.jsonl"),
		"IPYTHONDIR="+b.TempDir())
	var present []jupyterClientKernel
	for _, k := range jupyterClientKernels {
		if k.requires == "" {
			present = append(present, k)
			continue
		}
		p, err := testkit.Python(k.requires)
		if err == nil && p != python {
			err = fmt.Errorf("%s imports %s but %s imports jupyter_client", p, k.requires, python)
		}
		if optional(b, k.name, err) {
			present = append(present, k)
		}
	}
	// The kernel that runs nothing gives the client's own share of a round
	// trip, measured in the same rounds.
	installSpec(b, jupyter.Prefix, nullKernel.spec, []string{buildNullKernel(b), "{connection_file}"}, nil)
	present = append(present, nullKernel)
	for _, o := range presentOthers(b) {
		o.installSpec(b, jupyter.Prefix)
		present = append(present, jupyterClientKernel{name: o.name, spec: o.name, trivial: "x := 1"})
	}
	launches, executions := jupyterClientLoad()
	for b.Loop() {
		for _, k := range present {
			r, err := runDriver(python, driver, env, k, launches, executions)
			if err != nil {
				b.Fatalf("%s: %v", k.name, err)
			}
			results.Lock()
			results.jupyterClient[k.name] = append(results.jupyterClient[k.name], r)
			results.Unlock()
			b.ReportMetric(r.readyMedian(), k.name+"-ready-ms")
			b.ReportMetric(float64(r.secondRounds()), k.name+"-second-rounds")
			b.ReportMetric(r.roundtrip(0.5), k.name+"-p50-µs")
			b.ReportMetric(r.roundtrip(0.99), k.name+"-p99-µs")
		}
	}
}

func runDriver(python, driver string, env []string, k jupyterClientKernel, launches, executions int) (jupyterClientRound, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, python, driver, k.spec, fmt.Sprint(launches), fmt.Sprint(executions), k.trivial)
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	var r jupyterClientRound
	if err := cmd.Run(); err != nil {
		return r, fmt.Errorf("%s %s: %w\n%s", python, driver, err, stderr.Bytes())
	}
	// The driver's result is its last line: a kernel inherits its stdout,
	// and gophernotes prints warnings there as it starts.
	out := bytes.TrimSpace(stdout.Bytes())
	if i := bytes.LastIndexByte(out, '\n'); i >= 0 {
		out = out[i+1:]
	}
	if err := json.Unmarshal(out, &r); err != nil {
		return r, fmt.Errorf("reading the driver's output %q: %w", out, err)
	}
	if len(r.ReadyMS) != launches || len(r.RoundtripUS) != executions {
		return r, fmt.Errorf("the driver reported %d launches and %d executions, want %d and %d", len(r.ReadyMS), len(r.RoundtripUS), launches, executions)
	}
	return r, nil
}

func jupyterClientRows(g, p []jupyterClientRound) []row {
	if len(g) == 0 {
		return nil
	}
	all := func(rounds []jupyterClientRound, pick func([]float64) float64) float64 {
		var v []float64
		for _, r := range rounds {
			v = append(v, r.ReadyMS...)
		}
		if len(v) == 0 {
			return math.NaN()
		}
		return pick(v)
	}
	total := func(rounds []jupyterClientRound, f func(jupyterClientRound) int) float64 {
		if len(rounds) == 0 {
			return math.NaN()
		}
		n := 0
		for _, r := range rounds {
			n += f(r)
		}
		return float64(n)
	}
	launches := 0
	for _, r := range g {
		launches += len(r.ReadyMS)
	}
	first := func(v []float64) float64 { return slices.Min(v) }
	last := func(v []float64) float64 { return slices.Max(v) }
	return []row{
		{"launch to ready, median (ms)", median(g, jupyterClientRound.readyMedian), median(p, jupyterClientRound.readyMedian), "%.1f", true, "gogil ≤ 150 ms"},
		{"launch to ready, fastest (ms)", all(g, first), all(p, first), "%.1f", true, ""},
		{"launch to ready, slowest (ms)", all(g, last), all(p, last), "%.1f", true, ""},
		{fmt.Sprintf("launches needing a 2nd round (of %d)", launches), total(g, jupyterClientRound.secondRounds), total(p, jupyterClientRound.secondRounds), "%.0f", false, "gogil: none"},
		{"`x := 1` execute→idle p50 (µs)", median(g, func(r jupyterClientRound) float64 { return r.roundtrip(0.5) }), median(p, func(r jupyterClientRound) float64 { return r.roundtrip(0.5) }), "%.0f", true, "gogil ≤ 1/4 of ipykernel"},
		{"`x := 1` execute→idle p99 (µs)", median(g, func(r jupyterClientRound) float64 { return r.roundtrip(0.99) }), median(p, func(r jupyterClientRound) float64 { return r.roundtrip(0.99) }), "%.0f", true, ""},
	}
}

// printFloor prints gogil beside the kernel that runs nothing, and how
// near ipykernel's round trip that kernel comes: no kernel's ratio goes
// below it through this client. Called with results locked.
func printFloor(w io.Writer) {
	g, n, p := results.jupyterClient["gogil"], results.jupyterClient[nullKernel.name], results.jupyterClient["ipykernel"]
	if len(n) == 0 {
		return
	}
	p50 := func(r jupyterClientRound) float64 { return r.roundtrip(0.5) }
	fmt.Fprintf(w, "gogil beside a kernel that runs nothing (bench/nullkernel): the client's own share of a round trip, medians of the rounds:\n\n")
	writeRows(w, nullKernel.name, []row{
		{"launch to ready, median (ms)", median(g, jupyterClientRound.readyMedian), median(n, jupyterClientRound.readyMedian), "%.1f", true, ""},
		{"`x := 1` execute→idle p50 (µs)", median(g, p50), median(n, p50), "%.0f", true, ""},
	})
	if len(p) > 0 {
		fmt.Fprintf(w, "The kernel that runs nothing takes %.3f of ipykernel's p50: no kernel's ratio goes below that through this client.\n\n", median(n, p50)/median(p, p50))
	}
}
