package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/gogil/gogil/internal/testkit"
)

// Two more kernels can join the comparison, each when a variable names
// its executable: another gogil build, to compare before and after a
// change in the same run (run a change's benchmark with
// GOGIL_BENCH_BASELINE=/path/to/the/old/gogil), and gophernotes, the Go
// kernel the targets also name.
const (
	BaselineEnv    = "GOGIL_BENCH_BASELINE"
	GophernotesEnv = "GOGIL_BENCH_GOPHERNOTES"
)

// otherKernel is a kernel measured beside gogil when its variable is set.
type otherKernel struct {
	name  string
	env   string // names the executable
	argv  func(bin string) []string
	gogil bool // keeps a history file, as gogil does in the comparison
}

var others = []otherKernel{
	{name: "gogil-base", env: BaselineEnv, gogil: true,
		argv: func(bin string) []string { return []string{bin, "kernel", "{connection_file}"} }},
	{name: "gophernotes", env: GophernotesEnv,
		argv: func(bin string) []string { return []string{bin, "{connection_file}"} }},
}

// presentOthers returns the other kernels whose variable is set; a
// variable naming no file fails the benchmark.
func presentOthers(b *testing.B) []otherKernel {
	b.Helper()
	var present []otherKernel
	for _, o := range others {
		bin := os.Getenv(o.env)
		if bin == "" {
			continue
		}
		if _, err := os.Stat(bin); err != nil {
			b.Fatalf("%s: %v", o.env, err)
		}
		present = append(present, o)
	}
	return present
}

// executable is the absolute path of o's binary.
func (o otherKernel) executable(b *testing.B) string {
	bin, err := filepath.Abs(os.Getenv(o.env))
	if err != nil {
		b.Fatal(err)
	}
	return bin
}

// environment is what o's process gets beside the client's.
func (o otherKernel) environment(tb testing.TB) []string {
	if !o.gogil {
		return nil
	}
	return []string{testkit.HistoryEnv + "=" + filepath.Join(tb.TempDir(), "history.jsonl")}
}

// installSpec writes a kernelspec for o into the Jupyter prefix
// jupyter_client searches.
func (o otherKernel) installSpec(b *testing.B, prefix string) {
	var env map[string]string
	if o.gogil {
		env = map[string]string{testkit.HistoryEnv: filepath.Join(b.TempDir(), "history.jsonl")}
	}
	installSpec(b, prefix, o.name, o.argv(o.executable(b)), env)
}

// installSpec writes the kernelspec name into the Jupyter prefix
// jupyter_client searches.
func installSpec(b *testing.B, prefix, name string, argv []string, env map[string]string) {
	spec := map[string]any{
		"argv":         argv,
		"display_name": name,
		"language":     "go",
	}
	if env != nil {
		spec["env"] = env
	}
	data, err := json.Marshal(spec)
	if err != nil {
		b.Fatal(err)
	}
	dir := filepath.Join(prefix, "share", "jupyter", "kernels", name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "kernel.json"), data, 0o644); err != nil {
		b.Fatal(err)
	}
}

// printOthers prints gogil beside each other kernel measured: the round
// trip through both clients, and start-up.
func printOthers(w io.Writer) {
	g, jc := results.byKernel["gogil"], results.jupyterClient["gogil"]
	for _, o := range others {
		var rows []row
		if m := results.byKernel[o.name]; len(g) > 0 && len(m) > 0 {
			p50 := func(m measurement) float64 { return us(m.p50) }
			start := func(m measurement) float64 { return ms(m.startup) }
			rows = append(rows,
				row{"Go client: start-up (ms)", median(g, start), median(m, start), "%.1f", true, ""},
				row{"Go client: `x := 1` p50 (µs)", median(g, p50), median(m, p50), "%.0f", true, targetBeside(o.name)})
		}
		if r := results.jupyterClient[o.name]; len(jc) > 0 && len(r) > 0 {
			p50 := func(r jupyterClientRound) float64 { return r.roundtrip(0.5) }
			rows = append(rows,
				row{"jupyter_client: launch to ready (ms)", median(jc, jupyterClientRound.readyMedian), median(r, jupyterClientRound.readyMedian), "%.1f", true, ""},
				row{"jupyter_client: `x := 1` p50 (µs)", median(jc, p50), median(r, p50), "%.0f", true, targetBeside(o.name)})
		}
		if rows == nil {
			continue
		}
		fmt.Fprintf(w, "\ngogil beside %s (%s), medians of the rounds:\n\n", o.name, os.Getenv(o.env))
		writeRows(w, o.name, rows)
	}
}

func targetBeside(name string) string {
	if name == "gophernotes" {
		return "gogil ≤ 0.7 of gophernotes"
	}
	return ""
}
