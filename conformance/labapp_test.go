package conformance_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/testkit"
)

// labAppDir is the node project that builds the JupyterLab front end and
// drives it (lab_ui.mjs), relative to this package.
const labAppDir = "labapp"

// labAppBuildTimeout bounds the webpack build (about 20 s on an idle
// machine); labUITimeout bounds the whole browser session, whose every
// wait is bounded in lab_ui.mjs too (90 s). Both only catch hangs.
const (
	labAppBuildTimeout = 10 * time.Minute
	labUITimeout       = 10 * time.Minute
)

// labAppCells are the notebook's code cells, in order. The failing cell
// comes last: Run All goes on past an error, but nothing should depend on
// that.
var labAppCells = []string{
	`fmt.Println("hello from lab")`,
	`6*7`,
	`display.HTML("<b id=\"gogil-html\">bold</b>")`,
	`panic("boom")`,
}

// TestJupyterLabInBrowser uses gogil through the real JupyterLab front end
// (3.6, the last line that runs on Debian's jupyter_server 1.23), in
// headless Chromium. JupyterLab's Python package is not in Debian, but it
// is only the build system and extension manager around two parts that
// are: jupyterlab_server renders the page and serves settings and themes,
// and the page itself is JupyterLab's npm packages. labapp/ builds the
// page from those packages with webpack (into the test's temp dir) and
// serves it with jupyterlab_server's LabServerApp (labapp/serve.py).
//
// labapp/lab_ui.mjs then does what a person does: open a notebook whose
// kernelspec is gogil, see "Go (gogil)" in the toolbar and Go syntax
// highlighting, run all cells from the Run menu, stop an endless cell with
// the toolbar's stop button, and complete fmt.Prin with Tab. This test
// checks what the page showed. The protocol is checked elsewhere; this
// checks that JupyterLab makes sense of gogil's answers.
//
// It needs node, chromium, Debian's jupyterlab_server and
// `npm ci --prefix conformance/labapp`; without them it skips, or fails
// under GOGIL_REQUIRE_JUPYTER=1.
func TestJupyterLabInBrowser(t *testing.T) {
	python := testkit.RequireJupyter(t, "jupyterlab_server")
	node := testkit.RequireCommand(t, "node", "install Node.js 20 or later, Debian package nodejs")
	chromium := testkit.RequireChromium(t)
	dir := requireNodeModules(t, labAppDir)
	build := buildLabApp(t, node, dir)

	jupyter := testkit.NewJupyter(t, testkit.Binary(t))
	const notebook = "lab.ipynb"
	writeLabNotebook(t, filepath.Join(jupyter.Root, notebook), labAppCells)
	state := t.TempDir() // user settings and workspaces the page saves
	// serve.py finds the build through the same variable webpack used.
	jupyter.Env = append(jupyter.Env, "GOGIL_LABAPP_BUILD="+build)
	server := startJupyterServer(t, python, jupyter, filepath.Join(dir, "serve.py"),
		"--GogilLabApp.user_settings_dir="+filepath.Join(state, "settings"),
		"--GogilLabApp.workspaces_dir="+filepath.Join(state, "workspaces"),
	)

	// lab_ui.mjs takes a screenshot after each step; they are kept only
	// where $GOGIL_SCREENSHOT_DIR says (as for browser_test.go).
	shots := os.Getenv(screenshotDirEnv)
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	steps := runNodeSteps(t, node, dir, labUITimeout, "lab_ui.mjs",
		chromium, server.baseURL, server.token, notebook, shots)
	t.Cleanup(func() {
		if t.Failed() && os.Getenv(screenshotDirEnv) == "" {
			t.Logf("set %s to keep the screenshots of each step", screenshotDirEnv)
		}
	})

	t.Run("open", func(t *testing.T) {
		var got struct {
			AppError   string `json:"app_error"`
			Title      string `json:"title"`
			KernelName string `json:"kernel_name"`
			Cells      int    `json:"cells"`
		}
		steps.decode(t, "open", &got)
		if got.AppError != "" {
			t.Fatalf("the JupyterLab app failed to start: %s", got.AppError)
		}
		if got.Title != notebook || got.KernelName != "Go (gogil)" || got.Cells != len(labAppCells) {
			t.Errorf("opened tab %q with kernel %q and %d cells; want %q, \"Go (gogil)\", %d",
				got.Title, got.KernelName, got.Cells, notebook, len(labAppCells))
		}
	})

	t.Run("run_all", func(t *testing.T) {
		var got struct {
			Cells []pageCell `json:"cells"`
		}
		steps.decode(t, "run_all", &got)
		cells := got.Cells
		if len(cells) != len(labAppCells) {
			t.Fatalf("the page shows %d code cells after Run All, want %d: %+v", len(cells), len(labAppCells), cells)
		}
		for i, cell := range cells {
			if want := "[" + strconv.Itoa(i+1) + "]:"; cell.Prompt != want {
				t.Errorf("cell %d: prompt %q, want %q", i, cell.Prompt, want)
			}
			// The kernel's language_info.codemirror_mode picks Go highlighting.
			if cell.Mode != "go" && cell.Mode != "text/x-go" {
				t.Errorf("cell %d: editor mode %q, want Go", i, cell.Mode)
			}
		}
		cells[0].want(t, "application/vnd.jupyter.stdout", "hello from lab\n")
		cells[1].want(t, "text/plain", "42")
		// Rendered as an element, not shown as escaped markup.
		if out := cells[2].want(t, "text/html", "bold"); out != nil && !strings.Contains(out.HTML, `<b id="gogil-html">bold</b>`) {
			t.Errorf("display.HTML rendered as %q, want the <b> element", out.HTML)
		}
		if out := cells[3].want(t, "application/vnd.jupyter.stderr", ""); out != nil && !strings.Contains(out.Text, "panic: boom") {
			t.Errorf("panic(\"boom\") shows %q, want the panic message", out.Text)
		}
	})

	t.Run("interrupt", func(t *testing.T) {
		var got struct {
			LoopCell pageCell `json:"loop_cell"`
		}
		steps.decode(t, "interrupt", &got)
		if want := "[" + strconv.Itoa(len(labAppCells)+1) + "]:"; got.LoopCell.Prompt != want {
			t.Errorf("the stopped cell's prompt is %q, want %q", got.LoopCell.Prompt, want)
		}
		if out := got.LoopCell.want(t, "application/vnd.jupyter.stderr", ""); out != nil && !strings.HasPrefix(out.Text, "KeyboardInterrupt") {
			t.Errorf("the stopped cell shows %q, want a KeyboardInterrupt", out.Text)
		}
	})

	t.Run("complete", func(t *testing.T) {
		var got struct {
			Items  []string `json:"items"`
			Source string   `json:"source"`
		}
		steps.decode(t, "complete", &got)
		if !slices.Contains(got.Items, "Println") {
			t.Errorf("Tab after fmt.Prin offers %q, want Println among them", got.Items)
		}
		if got.Source != "fmt.Println" {
			t.Errorf("after picking Println the cell holds %q, want fmt.Println", got.Source)
		}
	})

	t.Run("page_errors", func(t *testing.T) {
		var got struct {
			Errors []string `json:"errors"`
		}
		steps.decode(t, "page_errors", &got)
		if len(got.Errors) > 0 {
			t.Errorf("uncaught errors in the page: %q", got.Errors)
		}
	})
}

// pageCell is a code cell as lab_ui.mjs read it from the page.
type pageCell struct {
	Mode    string       `json:"mode"`
	Prompt  string       `json:"prompt"`
	Outputs []pageOutput `json:"outputs"`
}

type pageOutput struct {
	MIME string `json:"mime"`
	Text string `json:"text"`
	HTML string `json:"html"`
}

// want checks that the cell shows exactly one output, of the given MIME
// type and, unless text is empty, with that text; it returns the output
// when there is one to look at further.
func (c pageCell) want(t *testing.T, mime, text string) *pageOutput {
	t.Helper()
	if len(c.Outputs) != 1 {
		t.Errorf("cell %s shows %d outputs, want one %s: %+v", c.Prompt, len(c.Outputs), mime, c.Outputs)
		return nil
	}
	out := &c.Outputs[0]
	if out.MIME != mime || (text != "" && out.Text != text) {
		t.Errorf("cell %s shows %s %q, want %s %q", c.Prompt, out.MIME, out.Text, mime, text)
	}
	return out
}

// buildLabApp builds the JupyterLab page from dir into a temp folder with
// webpack and returns that folder.
func buildLabApp(t *testing.T, node, dir string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "build")
	ctx, cancel := context.WithTimeout(context.Background(), labAppBuildTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, filepath.Join("node_modules", "webpack", "bin", "webpack.js"))
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOGIL_LABAPP_BUILD="+out, "TMPDIR="+t.TempDir())
	cmd.WaitDelay = 10 * time.Second
	start := time.Now()
	output, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("webpack did not finish within %v:\n%s", labAppBuildTimeout, output)
	}
	if err != nil {
		t.Fatalf("webpack: %v\n%s", err, output)
	}
	if _, err := os.Stat(filepath.Join(out, "bundle.js")); err != nil {
		t.Fatalf("webpack made no bundle.js: %v\n%s", err, output)
	}
	t.Logf("built the JupyterLab page in %v", time.Since(start).Round(time.Second))
	return out
}

// writeLabNotebook writes a notebook with the given code cells whose
// kernelspec is gogil, so opening it starts a gogil kernel.
func writeLabNotebook(t *testing.T, path string, sources []string) {
	t.Helper()
	data, err := json.MarshalIndent(newNotebook(sources), "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
