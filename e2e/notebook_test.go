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
// `gogil run` and checks every cell's outputs: the timing lines of the
// %%time cells, the fatal error of cell 8 (and only there), cell 14's 0.
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

// checkReleaseTheGIL checks an executed release-the-gil notebook.
func checkReleaseTheGIL(t *testing.T, path string) {
	t.Helper()
	done, err := notebook.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	var code []*notebook.Cell
	for _, c := range done.Cells {
		if c.Type == notebook.Code {
			code = append(code, c)
		}
	}
	if len(code) < 14 {
		t.Fatalf("%d code cells, want the article's 14 at least", len(code))
	}
	text := func(c *notebook.Cell) (stdout, result, errors string) {
		for _, o := range c.Outputs {
			switch o.Type {
			case notebook.Stream:
				stdout += o.Text
			case notebook.ExecuteResult:
				result, _ = o.Data["text/plain"].(string)
			case notebook.Error:
				errors += o.EName + ": " + o.EValue
			}
		}
		return
	}
	for i, c := range code {
		n := i + 1
		stdout, result, errs := text(c)
		if c.ExecutionCount == nil {
			t.Errorf("cell %d did not run", n)
		}
		if n == 8 {
			if !strings.Contains(errs, "Fatal Python error: PyEval_SaveThread: NULL tstate") {
				t.Errorf("cell 8: want the fatal error, got %q", errs)
			}
			continue
		}
		if errs != "" {
			t.Errorf("cell %d failed: %s", n, errs)
		}
		if strings.HasPrefix(c.Source, "%%time\n") && !timing.MatchString(stdout) {
			t.Errorf("cell %d: no IPython timing lines in %q", n, stdout)
		}
		if n == 14 && result != "0" {
			t.Errorf("cell 14 (numbaRecurse) = %q, want 0", result)
		}
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
// benchmark in bench/ how fast.
var smallerProblems = strings.NewReplacer(
	"1_000_000_000", "20_000_000", // N
	"5_000_000", "200_000", // M
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
