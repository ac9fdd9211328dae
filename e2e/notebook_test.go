package e2e

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gogil/gogil/internal/notebook"
	"github.com/gogil/gogil/internal/testkit"
)

var timing = regexp.MustCompile(`CPU times: user [0-9.]+ (ns|µs|ms|s), sys: [0-9.]+ (ns|µs|ms|s), total: [0-9.]+ (ns|µs|ms|s)\nWall time: [0-9.]+ (ns|µs|ms|s)\n`)

// TestReleaseTheGILNotebook runs notebooks/release-the-gil.ipynb through
// `gogil run` and checks every cell's outputs: the article's compiled cells
// are %%native cells that build, the %%time cells print their timing lines,
// cell 8's call ends with the fatal error (and only it), cell 14's call
// gives 0. The compiled cells use the default plugin cache, as a user's
// kernel does: a machine that ran the notebook before builds nothing.
func TestReleaseTheGILNotebook(t *testing.T) {
	in := smallReleaseTheGIL(t)
	out := filepath.Join(t.TempDir(), "out.ipynb")
	cmd := exec.Command(testkit.Binary(t), "run", in, "-o", out, "--timeout", "2m")
	transcript, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("gogil run: %v\n%s", err, transcript)
	}
	checkReleaseTheGIL(t, out)
}

// The article's cells, by their ids in the notebook: an article cell that
// a %%native cell cannot hold alone (declarations only) is two or three
// cells, article-N and article-N-suffix.
var (
	articleCompiled = []string{"article-2", "article-8", "article-9-nogil", "article-9-gil", "article-14"}
	articleTimed    = []string{"article-3", "article-4", "article-5", "article-6", "article-7",
		"article-10", "article-10-nogil", "article-11", "article-12", "article-13"}
)

// checkReleaseTheGIL checks an executed release-the-gil notebook.
func checkReleaseTheGIL(t *testing.T, path string) {
	t.Helper()
	done, err := notebook.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	// shown: what a build displays in place (a display ending in "built
	// in"), or a cache hit's line.
	type outputs struct{ stdout, result, errors, shown string }
	byID := map[string]outputs{}
	for _, c := range done.Cells {
		if c.Type != notebook.Code {
			continue
		}
		var o outputs
		for _, out := range c.Outputs {
			switch out.Type {
			case notebook.Stream:
				o.stdout += out.Text
			case notebook.ExecuteResult:
				o.result, _ = out.Data["text/plain"].(string)
			case notebook.DisplayData:
				text, _ := out.Data["text/plain"].(string)
				o.shown += text
			case notebook.Error:
				o.errors += out.EName + ": " + out.EValue
			}
		}
		byID[c.ID] = o
		if c.ExecutionCount == nil {
			t.Errorf("cell %s did not run", c.ID)
		}
		switch {
		case c.ID == "article-8-call":
			if !strings.Contains(o.errors, "Fatal Python error: PyEval_SaveThread: NULL tstate") {
				t.Errorf("cell 8: want the fatal error, got %q", o.errors)
			}
		case o.errors != "":
			t.Errorf("cell %s failed: %s", c.ID, o.errors)
		}
		if strings.HasPrefix(c.Source, "%%time\n") && !timing.MatchString(o.stdout) {
			t.Errorf("cell %s: no IPython timing lines in %q", c.ID, o.stdout)
		}
		if strings.HasPrefix(c.ID, "article-") && strings.Contains(c.Source, "workloads.") {
			t.Errorf("cell %s uses a prebuilt workload; the article's cells are written in the notebook", c.ID)
		}
	}
	for _, id := range articleCompiled {
		if o, ok := byID[id]; !ok || !strings.HasPrefix(o.stdout, "%%native: cached in ") && !strings.HasPrefix(o.shown, "%%native: built in ") {
			t.Errorf("cell %s: want a %%%%native cell that built, got %+v (present: %v)", id, o, ok)
		}
	}
	for _, id := range append([]string{"article-1", "article-8-call", "after-8", "article-14-call"}, articleTimed...) {
		if _, ok := byID[id]; !ok {
			t.Errorf("no cell %s", id)
		}
	}
	if got := byID["after-8"].result; got != "true" {
		t.Errorf("after cell 8, the main thread holds the lock: %q, want true", got)
	}
	if got := byID["article-14-call"].result; got != "0" {
		t.Errorf("cell 14 (numbaRecurse) = %q, want 0", got)
	}
}

// TestNbconvertReleaseTheGIL executes the same notebook with Jupyter's own
// nbconvert: cell 8's raises-exception tag lets its fatal error through.
func TestNbconvertReleaseTheGIL(t *testing.T) {
	python := testkit.RequireJupyter(t, "nbconvert")
	jupyter := testkit.NewJupyter(t, testkit.Binary(t))
	in := smallReleaseTheGIL(t)
	outDir := t.TempDir()
	cmd := exec.Command(python, "-m", "nbconvert", "--to", "notebook", "--execute",
		"--ExecutePreprocessor.timeout=120", "--output-dir", outDir, in)
	cmd.Env = jupyter.Env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nbconvert: %v\n%s", err, out)
	}
	checkReleaseTheGIL(t, filepath.Join(outDir, "release-the-gil.ipynb"))
}

// smallerProblems shrinks release-the-gil.ipynb's problem sizes so that a
// test replays it in seconds: tests check what the notebook shows, the
// benchmark in bench/ how fast (with the article's N). Only interpreted
// cells hold sizes, so the compiled cells stay the notebook's own.
var smallerProblems = strings.NewReplacer(
	"1_000_000_000", "20_000_000", // N
	"10_000_000", "400_000", // COUNT
	"3_000_000", "100_000", // count_primes
)

// smallReleaseTheGIL writes notebooks/release-the-gil.ipynb, outputs
// cleared and problem sizes shrunk, into a temporary folder.
func smallReleaseTheGIL(t *testing.T) string {
	t.Helper()
	nb, err := notebook.Read(filepath.Join("..", "notebooks", "release-the-gil.ipynb"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range nb.Cells {
		c.Source = smallerProblems.Replace(c.Source)
		c.Outputs, c.ExecutionCount = nil, nil
	}
	path := filepath.Join(t.TempDir(), "release-the-gil.ipynb")
	if err := notebook.Write(path, nb); err != nil {
		t.Fatal(err)
	}
	return path
}
