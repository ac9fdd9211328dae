package conformance_test

import (
	"context"
	"encoding/json"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/testkit"
)

// basicsNotebook is the bundled tour; the tests below execute it with
// Jupyter's own tools and with gogil run, and read the result back.
const basicsNotebook = "../notebooks/go-basics.ipynb"

// executeTimeout bounds one whole notebook execution. The tour runs in
// well under a second; the margin is for a busy 2-core machine.
const executeTimeout = 3 * time.Minute

// wantOutput describes one output a cell must have, found by kind: a
// stream by its name, a result or display by one of its MIME types.
type wantOutput struct {
	outputType string // stream, execute_result, display_data, error
	key        string // stream name, or MIME type of the data to look at
	contains   string
}

// basicsWant lists, per cell id, outputs the tour must produce whoever
// executes it. Texts are fragments so that formatting details elsewhere in
// the output don't matter.
var basicsWant = map[string][]wantOutput{
	"state-declare": nil,
	"state-use": {
		{"stream", "stdout", "Hello, notebook!\nWelcome back, notebook!\n"},
	},
	"mixed": {
		{"stream", "stdout", "{1 2} + {3 4} = {4 6}"},
	},
	"trailing-value": {
		{"stream", "stdout", "computing 6 × 7"},
		{"execute_result", "text/plain", "42"},
	},
	"slice-value": {
		{"execute_result", "text/plain", "[2 3 5 7 11]"},
	},
	"map-value": {
		{"execute_result", "text/plain", "map[ada:36 alan:41]"},
	},
	"struct-value": {
		{"execute_result", "text/plain", "{4 6}"},
	},
	"display-html": {
		{"display_data", "text/html", "<tr><td>4</td><td>11</td></tr></table>"},
	},
	"display-markdown": {
		{"display_data", "text/markdown", "**Bold**, *italic*"},
	},
	"goroutines": {
		{"stream", "stdout", "sum of squares: 208"},
	},
	"strings": {
		{"stream", "stdout", "the-quick-brown-fox 4\n1235 <nil>"},
		{"execute_result", "text/plain", `"gogogo1234"`},
	},
	"errors": {
		{"stream", "stdout", `parsing "forty-two": invalid syntax`},
		{"stream", "stdout", "0 recovered: runtime error: integer divide by zero"},
	},
	"program-refused": {
		{"stream", "stdout", "gogil 1\n"},
	},
	"program-gap": {
		{"stream", "stdout", "rendering:\nhello from gogil\n"},
	},
	"split-declare": {
		{"stream", "stderr", "the interpreter cannot hold these declarations"},
	},
	"split-use": {
		{"stream", "stdout", "[[0 0 0] [0 0 7]] 2\n"},
	},
}

// TestNbconvertExecutesBasics executes the tour the way most users
// execute notebooks from a shell: jupyter nbconvert --execute, which
// launches gogil from its kernelspec through jupyter_client.
func TestNbconvertExecutesBasics(t *testing.T) {
	python := testkit.RequireJupyter(t, "nbconvert")
	jupyter := testkit.NewJupyter(t, testkit.Binary(t))
	outDir := filepath.Join(jupyter.Root, "out")

	runTool(t, jupyter.Env, python, "-m", "nbconvert",
		"--to", "notebook", "--execute",
		"--ExecutePreprocessor.timeout=120",
		"--output-dir", outDir, basicsNotebook)

	executed := filepath.Join(outDir, "go-basics.ipynb")
	validateNotebook(t, python, jupyter.Env, executed)
	checkBasics(t, executed)
}

// TestNbclientExecutesBasics drives nbclient's NotebookClient directly,
// naming the kernel instead of relying on the notebook's metadata.
func TestNbclientExecutesBasics(t *testing.T) {
	python := testkit.RequireJupyter(t, "nbclient")
	jupyter := testkit.NewJupyter(t, testkit.Binary(t))
	executed := filepath.Join(jupyter.Root, "executed.ipynb")

	const script = `
import sys, nbformat
from nbclient import NotebookClient
nb = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(nb, kernel_name="gogil", timeout=120).execute()
nbformat.write(nb, sys.argv[2])
`
	runTool(t, jupyter.Env, python, "-c", script, basicsNotebook, executed)

	validateNotebook(t, python, jupyter.Env, executed)
	checkBasics(t, executed)
}

// TestGogilRunExecutesBasics executes the tour with the binary's own
// runner and checks that it records the same outputs nbconvert does.
func TestGogilRunExecutesBasics(t *testing.T) {
	python := testkit.RequireJupyter(t, "nbconvert")
	bin := testkit.Binary(t)
	jupyter := testkit.NewJupyter(t, bin)
	executed := filepath.Join(jupyter.Root, "run.ipynb")

	runTool(t, jupyter.Env, bin, "run", "--timeout", "2m", "-o", executed, basicsNotebook)

	validateNotebook(t, python, jupyter.Env, executed)
	checkBasics(t, executed)

	// nbconvert is the reference for how outputs are recorded: both must
	// write the same outputs, cell for cell.
	outDir := filepath.Join(jupyter.Root, "nbconvert")
	runTool(t, jupyter.Env, python, "-m", "nbconvert",
		"--to", "notebook", "--execute",
		"--ExecutePreprocessor.timeout=120",
		"--output-dir", outDir, basicsNotebook)
	reference := readNotebook(t, filepath.Join(outDir, "go-basics.ipynb"))
	ours := readNotebook(t, executed)
	if len(ours.Cells) != len(reference.Cells) {
		t.Fatalf("gogil run wrote %d cells, nbconvert %d", len(ours.Cells), len(reference.Cells))
	}
	for i, cell := range ours.Cells {
		ref := reference.Cells[i]
		if cell.ID != ref.ID || cell.CellType != ref.CellType || cell.sourceText() != ref.sourceText() {
			t.Errorf("cell %d: gogil run has %s cell %q, nbconvert %s cell %q",
				i, cell.CellType, cell.ID, ref.CellType, ref.ID)
			continue
		}
		if !reflect.DeepEqual(cell.normalizedOutputs(t), ref.normalizedOutputs(t)) {
			t.Errorf("cell %q: outputs differ\ngogil run: %s\nnbconvert: %s",
				cell.ID, cell.Outputs, ref.Outputs)
		}
	}
}

// TestNbconvertRecordsErrors checks the error path through nbconvert: a
// panic becomes an error output with a name, a value and a traceback, and
// with --allow-errors the next cell still runs in the same session.
func TestNbconvertRecordsErrors(t *testing.T) {
	python := testkit.RequireJupyter(t, "nbconvert")
	jupyter := testkit.NewJupyter(t, testkit.Binary(t))
	outDir := filepath.Join(jupyter.Root, "out")

	runTool(t, jupyter.Env, python, "-m", "nbconvert",
		"--to", "notebook", "--execute", "--allow-errors",
		"--ExecutePreprocessor.timeout=120",
		"--output-dir", outDir, "testdata/panics.ipynb")

	executed := filepath.Join(outDir, "panics.ipynb")
	validateNotebook(t, python, jupyter.Env, executed)
	checkCells(t, readNotebook(t, executed), map[string][]wantOutput{
		"before": nil,
		"panics": {
			{"stream", "stdout", "about to panic"},
			{"error", "panic", "nil map"},
		},
		"undefined": {
			{"error", "CompileError", "undefinedName"},
		},
		"after": {
			{"execute_result", "text/plain", "42"},
		},
	})

	// Without --allow-errors, nbconvert must stop and fail on the panic.
	ctx, cancel := context.WithTimeout(context.Background(), executeTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, python, "-m", "nbconvert",
		"--to", "notebook", "--execute",
		"--ExecutePreprocessor.timeout=120",
		"--output-dir", filepath.Join(jupyter.Root, "strict"), "testdata/panics.ipynb")
	cmd.Env = jupyter.Env
	cmd.WaitDelay = 10 * time.Second
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("nbconvert did not finish within %v:\n%s", executeTimeout, out)
	}
	if err == nil {
		t.Fatalf("nbconvert without --allow-errors succeeded on a panicking cell:\n%s", out)
	}
	if !strings.Contains(string(out), "assignment to entry in nil map") {
		t.Errorf("nbconvert's failure does not show the panic:\n%s", out)
	}
}

// runTool runs a command to completion with the Jupyter environment and
// fails the test with its output if it fails or hangs.
func runTool(t *testing.T, env []string, name string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), executeTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = env
	// A kernel left behind by a killed client may hold the output pipe.
	cmd.WaitDelay = 10 * time.Second
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("%s %s did not finish within %v:\n%s", filepath.Base(name), strings.Join(args, " "), executeTimeout, out)
	}
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, out)
	}
	return out
}

// validateNotebook checks path against the nbformat JSON schema with the
// nbformat package itself.
func validateNotebook(t *testing.T, python string, env []string, path string) {
	t.Helper()
	runTool(t, env, python, "-c",
		"import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", path)
}

// notebookFile is the part of the format the checks read. It is decoded
// here rather than with the project's notebook package so that a bug
// there cannot hide one in what the tools wrote.
type notebookFile struct {
	Metadata struct {
		Kernelspec struct {
			Name string `json:"name"`
		} `json:"kernelspec"`
	} `json:"metadata"`
	Cells []notebookCell `json:"cells"`
}

type notebookCell struct {
	ID             string          `json:"id"`
	CellType       string          `json:"cell_type"`
	Source         json.RawMessage `json:"source"`
	ExecutionCount *int            `json:"execution_count"`
	Outputs        json.RawMessage `json:"outputs"`
}

type notebookOutput struct {
	OutputType string                     `json:"output_type"`
	Name       string                     `json:"name"`
	Text       json.RawMessage            `json:"text"`
	Data       map[string]json.RawMessage `json:"data"`
	EName      string                     `json:"ename"`
	EValue     string                     `json:"evalue"`
	Traceback  []string                   `json:"traceback"`
}

func readNotebook(t *testing.T, path string) notebookFile {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var nb notebookFile
	if err := json.Unmarshal(data, &nb); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return nb
}

// multiline decodes nbformat's multiline strings: one string, or a list
// of lines to concatenate.
func multiline(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var lines []string
	if json.Unmarshal(raw, &lines) == nil {
		return strings.Join(lines, "")
	}
	return string(raw)
}

func (c notebookCell) sourceText() string { return multiline(c.Source) }

func (c notebookCell) outputs(t *testing.T) []notebookOutput {
	t.Helper()
	if len(c.Outputs) == 0 {
		return nil
	}
	var outs []notebookOutput
	if err := json.Unmarshal(c.Outputs, &outs); err != nil {
		t.Fatalf("cell %q outputs: %v", c.ID, err)
	}
	return outs
}

// normalizedOutputs renders outputs as comparable strings, with
// multiline text joined, since writers may split lines differently.
func (c notebookCell) normalizedOutputs(t *testing.T) []string {
	t.Helper()
	var norm []string
	for _, o := range c.outputs(t) {
		s := o.OutputType + "|" + o.Name + "|" + multiline(o.Text) + "|" + o.EName + "|" + o.EValue
		for _, mime := range slices.Sorted(maps.Keys(o.Data)) {
			s += "|" + mime + "=" + multiline(o.Data[mime])
		}
		norm = append(norm, s)
	}
	return norm
}

// checkBasics checks an executed tour: the kernel recorded, every code
// cell executed in order, and the outputs basicsWant names.
func checkBasics(t *testing.T, path string) {
	t.Helper()
	nb := readNotebook(t, path)
	if nb.Metadata.Kernelspec.Name != "gogil" {
		t.Errorf("kernelspec name = %q, want gogil", nb.Metadata.Kernelspec.Name)
	}
	markdown := 0
	for _, cell := range nb.Cells {
		if cell.CellType == "markdown" {
			markdown++
		}
	}
	if markdown == 0 {
		t.Errorf("%s lost its markdown cells", path)
	}
	checkCells(t, nb, basicsWant)
}

// checkCells checks that the code cells are exactly those of want, ran in
// order, and have the wanted outputs and no error output unless wanted.
func checkCells(t *testing.T, nb notebookFile, want map[string][]wantOutput) {
	t.Helper()
	count := 0
	for _, cell := range nb.Cells {
		if cell.CellType != "code" {
			continue
		}
		count++
		wantOuts, known := want[cell.ID]
		if !known {
			t.Errorf("unexpected code cell %q", cell.ID)
			continue
		}
		if cell.ExecutionCount == nil || *cell.ExecutionCount != count {
			t.Errorf("cell %q: execution_count = %v, want %d", cell.ID, cell.ExecutionCount, count)
		}
		outs := cell.outputs(t)
		wantsError, wantsStderr := false, false
		for _, w := range wantOuts {
			wantsError = wantsError || w.outputType == "error"
			wantsStderr = wantsStderr || w.outputType == "stream" && w.key == "stderr"
			if !hasOutput(outs, w) {
				t.Errorf("cell %q: no %s %s containing %q in\n%s", cell.ID, w.outputType, w.key, w.contains, cell.Outputs)
			}
		}
		for _, o := range outs {
			if o.OutputType == "error" && !wantsError {
				t.Errorf("cell %q: unexpected error %s: %s\n%s", cell.ID, o.EName, o.EValue, strings.Join(o.Traceback, "\n"))
			}
			// A cell that ran as a program shows what go run prints and
			// nothing of gogil's.
			if o.OutputType == "stream" && o.Name == "stderr" && !wantsStderr {
				t.Errorf("cell %q: unexpected stderr %q", cell.ID, multiline(o.Text))
			}
		}
	}
	if count != len(want) {
		t.Errorf("found %d code cells, want %d", count, len(want))
	}
}

func hasOutput(outs []notebookOutput, w wantOutput) bool {
	for _, o := range outs {
		if o.OutputType != w.outputType {
			continue
		}
		var text string
		switch w.outputType {
		case "stream":
			if o.Name != w.key {
				continue
			}
			text = multiline(o.Text)
		case "error":
			if o.EName != w.key {
				continue
			}
			text = o.EValue + "\n" + strings.Join(o.Traceback, "\n")
		default:
			raw, ok := o.Data[w.key]
			if !ok {
				continue
			}
			text = multiline(raw)
		}
		if strings.Contains(text, w.contains) {
			return true
		}
	}
	return false
}
