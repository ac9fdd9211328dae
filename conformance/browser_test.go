package conformance_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gogil/gogil/internal/testkit"
)

// browserWait bounds each wait on the page: loading the notebook, the
// kernel starting, a cell finishing. The machine is small and shared, so
// it is generous; a healthy run takes a few seconds per step.
const browserWait = 90 * time.Second

// screenshotDirEnv names the variable that keeps the browser test's
// screenshots in a folder of the developer's choosing, and makes the test
// take one after each stage, not only on failure.
const screenshotDirEnv = "GOGIL_SCREENSHOT_DIR"

// browserCells are the code cells of the notebook the browser test opens,
// in order. The compile error comes last: Run All stops at the first
// error and the cells after it would not run.
var browserCells = []string{
	`fmt.Println("hello from Go")`,
	`6*7`,
	`display.HTML("<b id=\"gogil-html\">bold</b>")`,
	`display.Markdown("## heading")`,
	"display.SVG(`<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"60\" height=\"20\">" +
		"<rect id=\"gogil-svg\" width=\"60\" height=\"20\" fill=\"teal\"/></svg>`)",
	"%%time\nsum := 0\nfor i := 0; i < 1000; i++ {\n\tsum += i\n}\nfmt.Println(\"sum\", sum)",
	`undefinedName + 1`,
}

// TestNotebookInBrowser uses gogil the way a person does in the classic
// Jupyter Notebook: it opens a notebook in the real web page in headless
// Chromium, checks the page shows the Go kernel, runs all cells from the
// Cell menu, and looks at what the page rendered (stdout, Out[n], HTML as
// elements and not escaped text, Markdown as a heading, SVG, %%time, a
// compile error). Then it types a cell that never ends, stops it with the
// toolbar's interrupt button, runs one more cell, saves with the toolbar
// and reads the saved file back over REST. The protocol tests check the
// messages; this checks that the front end people use makes sense of them.
func TestNotebookInBrowser(t *testing.T) {
	chromium := testkit.RequireChromium(t)
	python := testkit.RequireJupyter(t, "notebook")
	jupyter := testkit.NewJupyter(t, testkit.Binary(t))
	server := startNotebookServer(t, python, jupyter)

	const name = "browser.ipynb"
	server.call(t, "PUT", "/api/contents/"+name, map[string]any{
		"type":    "notebook",
		"format":  "json",
		"content": newNotebook(browserCells),
	}, http.StatusCreated, nil)

	page := startBrowser(t, chromium)
	page.do(t, "open the notebook", chromedp.Navigate(server.baseURL+"/notebooks/"+name))

	// The kernel is ready when its websocket is up, it has answered
	// kernel_info and the indicator shows it idle.
	page.waitFor(t, "the kernel to be ready", `
		window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel &&
		Jupyter.notebook.kernel.is_connected() &&
		Jupyter.notebook.kernel.info_reply.protocol_version !== undefined &&
		document.querySelector('#kernel_indicator_icon').className === 'kernel_idle_icon'`)
	if got := evaluate[string](t, page, `document.querySelector('#kernel_indicator .kernel_indicator_name').textContent`); got != "Go (gogil)" {
		t.Errorf("the kernel indicator shows %q, want \"Go (gogil)\"", got)
	}
	if got := evaluate[string](t, page, `Jupyter.notebook.kernel.name`); got != "gogil" {
		t.Errorf("the page's kernel is %q, want gogil", got)
	}

	t.Run("run all", func(t *testing.T) {
		page.do(t, "Cell > Run All",
			chromedp.Click(chromedp.CSS("#celllink")),
			chromedp.Click(chromedp.CSS("#run_all_cells > a")))
		page.waitFor(t, "every cell to finish", `
			Jupyter.notebook.get_cells().every(c => c.cell_type !== 'code' ||
				typeof c.input_prompt_number === 'number') &&
			document.querySelector('#kernel_indicator_icon').className === 'kernel_idle_icon'`)
		page.screenshotIfAsked(t, "run-all")

		outputs := page.outputTexts(t)
		if len(outputs) != len(browserCells) {
			t.Fatalf("the page has %d code cells, want %d", len(outputs), len(browserCells))
		}
		// The SVG cell (4) shows no text; the checks below look at it.
		for i, want := range []string{"hello from Go", "42", "bold", "heading", "", "sum 499500", "CompileError"} {
			if !strings.Contains(outputs[i], want) {
				t.Errorf("cell %d shows %q, want it to contain %q", i, outputs[i], want)
			}
		}
		for i, count := range page.promptNumbers(t) {
			if count != i+1 {
				t.Errorf("cell %d shows In [%d], want In [%d]", i, count, i+1)
			}
		}

		// Each check is a JavaScript expression that must be true.
		checks := []struct{ what, js string }{
			{"stdout is rendered as a stream", `
				cellOutput(0, '.output_stdout')?.textContent.trim() === 'hello from Go'`},
			{"the trailing expression shows as Out[2]: 42", `
				cellOutput(1, '.output_prompt')?.textContent.trim() === 'Out[2]:' &&
				cellOutput(1, '.output_result')?.textContent.trim() === '42'`},
			{"HTML is inserted as elements, not escaped text", `
				document.querySelector('#gogil-html')?.tagName === 'B' &&
				document.querySelector('#gogil-html').textContent === 'bold' &&
				cellOutput(2, '.output_html')?.contains(document.querySelector('#gogil-html')) &&
				!cellOutput(2, '.output_html').textContent.includes('<b')`},
			{"Markdown is rendered as an <h2>", `
				cellOutput(3, '.output_markdown h2')?.textContent.startsWith('heading') === true`},
			{"SVG is inserted as an <svg> element", `
				cellOutput(4, '.output_svg svg rect#gogil-svg') !== null`},
			{"%%time prints the timing lines", `
				cellOutput(5, '.output_stdout')?.textContent.includes('CPU times:') &&
				cellOutput(5, '.output_stdout').textContent.includes('Wall time:')`},
			{"the compile error shows its name and message", `
				cellOutput(6, '.output_error')?.textContent.includes('CompileError') &&
				cellOutput(6, '.output_error').textContent.includes('undefined: undefinedName')`},
		}
		for _, check := range checks {
			if !evaluate[bool](t, page, cellOutputJS+"Boolean("+check.js+")") {
				t.Errorf("%s: no; the cell shows:\n%s", check.what, outputs)
			}
		}
	})

	t.Run("interrupt", func(t *testing.T) {
		// Add a cell below the last one, type a loop that never ends
		// and run it from the toolbar, which selects a new cell below.
		page.do(t, "select the last cell", chromedp.Click(chromedp.JSPath(
			`Jupyter.notebook.get_cell(Jupyter.notebook.ncells() - 1).element[0].querySelector('.input_prompt')`)))
		loop := page.addCellBelow(t, "for {}")
		page.do(t, "press Run", chromedp.Click(chromedp.CSS(`button[data-jupyter-action="jupyter-notebook:run-cell-and-select-next"]`)))
		page.waitFor(t, "the loop to run", fmt.Sprintf(`
			Jupyter.notebook.get_cell(%d).input_prompt_number === '*' &&
			document.querySelector('#kernel_indicator_icon').className === 'kernel_busy_icon'`, loop))
		page.screenshotIfAsked(t, "loop-running")

		page.do(t, "press Interrupt", chromedp.Click(chromedp.CSS(`button[data-jupyter-action="jupyter-notebook:interrupt-kernel"]`)))
		page.waitFor(t, "the loop to stop", fmt.Sprintf(`
			typeof Jupyter.notebook.get_cell(%d).input_prompt_number === 'number' &&
			document.querySelector('#kernel_indicator_icon').className === 'kernel_idle_icon'`, loop))
		outputs := page.outputTexts(t)
		if !strings.Contains(outputs[loop], "KeyboardInterrupt") {
			t.Errorf("the interrupted cell shows %q, want a KeyboardInterrupt", outputs[loop])
		}

		// The cell Run selected is new and empty; the kernel still runs it.
		after := page.typeInSelectedCell(t, `fmt.Println("still here", 6*7)`)
		page.do(t, "press Run", chromedp.Click(chromedp.CSS(`button[data-jupyter-action="jupyter-notebook:run-cell-and-select-next"]`)))
		page.waitFor(t, "the cell after the interrupt to finish", fmt.Sprintf(`
			typeof Jupyter.notebook.get_cell(%d).input_prompt_number === 'number' &&
			document.querySelector('#kernel_indicator_icon').className === 'kernel_idle_icon'`, after))
		page.screenshotIfAsked(t, "after-interrupt")
		outputs = page.outputTexts(t)
		if got := strings.TrimSpace(outputs[after]); got != "still here 42" {
			t.Errorf("the cell after the interrupt shows %q, want \"still here 42\"", got)
		}
	})

	t.Run("save", func(t *testing.T) {
		// The file on disk has no outputs until the page saves it; the
		// last cell's output appears once it has.
		last := len(browserCells) + 1
		page.do(t, "press Save", chromedp.Click(chromedp.CSS(`button[data-jupyter-action="jupyter-notebook:save-notebook"]`)))
		saved := waitUntil(t, "the saved notebook to have the outputs", func() (*savedNotebook, bool) {
			nb := server.notebook(t, name)
			cells := nb.Content.Cells
			return nb, len(cells) > last && strings.Contains(string(cells[last].Outputs), "still here 42")
		})
		page.waitFor(t, "the page to show no unsaved changes", `Jupyter.notebook.dirty === false`)
		cells := saved.Content.Cells
		want := map[int]string{
			0:                 "hello from Go",
			1:                 "42",
			2:                 `"text/html"`,
			3:                 `"text/markdown"`,
			4:                 `"image/svg+xml"`,
			5:                 "CPU times:",
			6:                 "CompileError",
			len(browserCells): "KeyboardInterrupt",
			last:              "still here 42",
		}
		for i, text := range want {
			if got := string(cells[i].Outputs); !strings.Contains(got, text) {
				t.Errorf("saved cell %d has outputs %s, want them to contain %q", i, got, text)
			}
		}
		if got := cells[len(browserCells)].sourceText(); got != "for {}" {
			t.Errorf("the typed cell was saved as %q", got)
		}
		if saved.Content.Metadata.Kernelspec.Name != "gogil" {
			t.Errorf("the saved notebook's kernelspec is %q, want gogil", saved.Content.Metadata.Kernelspec.Name)
		}
		validateNotebook(t, python, jupyter.Env, filepath.Join(jupyter.Root, name))
	})
}

// cellOutputJS defines cellOutput(i, selector): the first element that
// matches selector in the output area of code cell i.
const cellOutputJS = `
	function cellOutput(i, selector) {
		const cell = Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code')[i];
		return cell.output_area.element[0].querySelector(selector);
	}
`

// newNotebook is an nbformat 4 notebook for the gogil kernel holding the
// given code cells, with no outputs yet.
func newNotebook(sources []string) map[string]any {
	cells := make([]map[string]any, len(sources))
	for i, source := range sources {
		cells[i] = map[string]any{
			"cell_type":       "code",
			"id":              "cell-" + strconv.Itoa(i),
			"metadata":        map[string]any{},
			"source":          source,
			"outputs":         []any{},
			"execution_count": nil,
		}
	}
	return map[string]any{
		"nbformat":       4,
		"nbformat_minor": 5,
		"metadata": map[string]any{
			"kernelspec": map[string]any{"name": "gogil", "display_name": "Go (gogil)", "language": "go"},
		},
		"cells": cells,
	}
}

// savedNotebook is what GET /api/contents/NAME answers for a notebook.
type savedNotebook struct {
	Content notebookFile `json:"content"`
}

func (s *notebookServer) notebook(t *testing.T, name string) *savedNotebook {
	t.Helper()
	var nb savedNotebook
	s.call(t, "GET", "/api/contents/"+name+"?content=1", nil, http.StatusOK, &nb)
	return &nb
}

// waitUntil calls check until it says done, for at most browserWait.
func waitUntil[T any](t *testing.T, what string, check func() (T, bool)) T {
	t.Helper()
	deadline := time.Now().Add(browserWait)
	for {
		value, done := check()
		if done {
			return value
		}
		if time.Now().After(deadline) {
			t.Fatalf("waited %v for %s", browserWait, what)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// browserPage is one tab of a headless Chromium that the test drives.
type browserPage struct {
	ctx      context.Context // the tab; every action derives from it
	shotDir  string          // where screenshots go
	keepShot bool            // take a screenshot after each stage too
	console  *testkit.Buffer // what the page wrote to its console
}

// startBrowser starts Chromium headless with a fresh profile in a temp
// folder and opens one tab. The browser is closed, and any process of it
// left over killed, when the test ends; on failure a screenshot of the
// page is saved first and its path logged.
func startBrowser(t *testing.T, chromium string) *browserPage {
	t.Helper()
	root := t.TempDir()
	profile := filepath.Join(root, "profile")
	home := filepath.Join(root, "home")
	page := &browserPage{shotDir: filepath.Join(root, "screenshots"), console: &testkit.Buffer{}}
	if dir := os.Getenv(screenshotDirEnv); dir != "" {
		page.shotDir, page.keepShot = dir, true
	}
	for _, dir := range []string{profile, home, page.shotDir} {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	output := &testkit.Buffer{}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 1024),
		chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		// Chromium must not write into the user's home.
		chromedp.Env("HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"), "XDG_CACHE_HOME="+filepath.Join(home, ".cache")),
		chromedp.CombinedOutput(output),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(allocCtx, chromedp.WithErrorf(func(format string, args ...any) {
		fmt.Fprintf(page.console, "chromedp: "+format+"\n", args...)
	}))
	page.ctx = ctx
	t.Cleanup(func() {
		closeCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Cancel(closeCtx); err != nil {
			t.Logf("closing the browser: %v", err)
		}
		cancelTab()
		cancelAlloc()
		killBrowserLeftovers(t, profile)
		if t.Failed() {
			t.Logf("browser output:\n%s", output)
		}
	})

	// The first action starts the browser; it must not run under a
	// timeout, which would end the browser with it.
	started := make(chan error, 1)
	go func() { started <- chromedp.Do(ctx) }()
	select {
	case err := <-started:
		if err != nil {
			t.Fatalf("starting %s: %v\n%s", chromium, err, output)
		}
	case <-time.After(browserWait):
		t.Fatalf("%s did not start within %v\n%s", chromium, browserWait, output)
	}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			fmt.Fprintf(page.console, "%s\n", m)
		}
	}()
	t.Cleanup(func() {
		if t.Failed() {
			if path, err := page.screenshot("failure"); err != nil {
				t.Logf("no screenshot of the failure: %v", err)
			} else {
				t.Logf("screenshot of the page at the failure: %s", path)
			}
			t.Logf("the page's console:\n%s", page.console)
		}
	})
	return page
}

// do runs actions on the page, failing the test if they do not finish
// within browserWait.
func (p *browserPage) do(t *testing.T, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, browserWait)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// waitFor waits until the JavaScript expression is true on the page.
func (p *browserPage) waitFor(t *testing.T, what, expression string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, browserWait+10*time.Second)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expression,
		chromedp.WithPollingInterval(100*time.Millisecond),
		chromedp.WithPollingTimeout(browserWait)))
	if err != nil {
		t.Fatalf("waiting for %s: %v", what, err)
	}
}

// evaluate returns the value of a JavaScript expression on the page.
func evaluate[T any](t *testing.T, p *browserPage, expression string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, browserWait)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expression))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expression, err)
	}
	return v
}

// outputTexts is the text each code cell's output area shows, in order.
func (p *browserPage) outputTexts(t *testing.T) []string {
	t.Helper()
	return evaluate[[]string](t, p, `Jupyter.notebook.get_cells()
		.filter(c => c.cell_type === 'code')
		.map(c => c.output_area.element[0].innerText)`)
}

// promptNumbers is the number each code cell's In [n] shows (0 if none).
func (p *browserPage) promptNumbers(t *testing.T) []int {
	t.Helper()
	return evaluate[[]int](t, p, `Jupyter.notebook.get_cells()
		.filter(c => c.cell_type === 'code')
		.map(c => typeof c.input_prompt_number === 'number' ? c.input_prompt_number : 0)`)
}

// addCellBelow presses the toolbar's "insert cell below" button, types
// source into the new cell and returns the cell's index.
func (p *browserPage) addCellBelow(t *testing.T, source string) int {
	t.Helper()
	p.do(t, "press Insert Cell Below", chromedp.Click(chromedp.CSS(`button[data-jupyter-action="jupyter-notebook:insert-cell-below"]`)))
	return p.typeInSelectedCell(t, source)
}

// typeInSelectedCell clicks into the selected cell's editor, types source
// key by key and returns the cell's index. It checks the editor holds
// exactly source afterwards: the editor closes brackets by itself, and
// typing the closing one must step over it.
func (p *browserPage) typeInSelectedCell(t *testing.T, source string) int {
	t.Helper()
	index := evaluate[int](t, p, `Jupyter.notebook.get_selected_index()`)
	p.do(t, "type into the cell",
		chromedp.Click(chromedp.CSS(".cell.selected .CodeMirror-lines")),
		chromedp.KeyEvent(source))
	if got := evaluate[string](t, p, `Jupyter.notebook.get_selected_cell().get_text()`); got != source {
		t.Fatalf("typed %q, the cell holds %q", source, got)
	}
	return index
}

// screenshot saves a PNG of the whole page and returns its path.
func (p *browserPage) screenshot(name string) (string, error) {
	ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		return "", err
	}
	path := filepath.Join(p.shotDir, name+".png")
	return path, os.WriteFile(path, png, 0o644)
}

// screenshotIfAsked saves a screenshot when GOGIL_SCREENSHOT_DIR is set.
func (p *browserPage) screenshotIfAsked(t *testing.T, name string) {
	t.Helper()
	if !p.keepShot {
		return
	}
	if path, err := p.screenshot(name); err != nil {
		t.Logf("screenshot %s: %v", name, err)
	} else {
		t.Logf("screenshot: %s", path)
	}
}

// killBrowserLeftovers kills, by pid, processes still running with the
// test's profile folder: Chromium's helpers can outlive the browser.
// The folder is this test's own, so nothing else owns them.
func killBrowserLeftovers(t *testing.T, profile string) {
	want := []byte("--user-data-dir=" + profile)
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return
	}
	for _, entry := range entries {
		pid, err := strconv.Atoi(entry.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		cmdline, err := os.ReadFile(filepath.Join("/proc", entry.Name(), "cmdline"))
		if err != nil {
			continue
		}
		for _, arg := range bytes.Split(cmdline, []byte{0}) {
			if bytes.Equal(arg, want) {
				t.Logf("killing leftover browser process %d", pid)
				syscall.Kill(pid, syscall.SIGKILL)
				break
			}
		}
	}
}
