package conformance_test

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
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

// labDir is the node project holding lab_client.mjs and the pinned
// @jupyterlab/services, relative to this package.
const labDir = "lab"

// labClientTimeout bounds the whole lab_client.mjs run; the script bounds
// each of its own waits on the kernel (60 s), so this only catches a hang.
const labClientTimeout = 8 * time.Minute

// TestJupyterLabClient drives gogil through @jupyterlab/services, the
// kernel client library inside JupyterLab (and inside VS Code's Jupyter
// extension when it talks to a Jupyter server), against Debian's
// jupyter_server, the server JupyterLab runs on. lab/lab_client.mjs makes
// the calls JupyterLab's notebook makes: list kernelspecs, open a session
// for a notebook, run cells and read their outputs, complete, inspect,
// check whether code is complete, read history, interrupt, restart, shut
// down. It reports the kernel's answers as JSON lines, which this test
// checks, so a failure shows what the kernel really said.
//
// It needs node and `npm ci --prefix conformance/lab`; without them it
// skips, or fails under GOGIL_REQUIRE_JUPYTER=1. It never installs
// anything itself: a test must not reach the network or write into the
// source tree.
func TestJupyterLabClient(t *testing.T) {
	python := testkit.RequireJupyter(t, "jupyter_server")
	node := testkit.RequireCommand(t, "node", "install Node.js 20 or later, Debian package nodejs")
	dir := requireNodeModules(t, labDir)
	jupyter := testkit.NewJupyter(t, testkit.Binary(t))
	server := startJupyterServer(t, python, jupyter, "-m", "jupyter_server")

	steps := runNodeSteps(t, node, dir, labClientTimeout, "lab_client.mjs", server.baseURL, server.token)
	if raw, ok := steps.byName["versions"]; ok {
		t.Logf("lab_client.mjs ran with %s", raw)
	}
	if raw, ok := steps.byName["unhandled"]; ok {
		t.Errorf("a promise of the library failed with nothing to handle it (the last): %s", raw)
	}

	t.Run("kernelspecs", func(t *testing.T) {
		var got struct {
			Specs struct {
				Kernelspecs map[string]struct {
					DisplayName string            `json:"display_name"`
					Language    string            `json:"language"`
					Resources   map[string]string `json:"resources"`
				} `json:"kernelspecs"`
			} `json:"specs"`
			Logo *struct {
				Status      int    `json:"status"`
				ContentType string `json:"content_type"`
				FirstBytes  []int  `json:"first_bytes"`
			} `json:"logo"`
		}
		steps.decode(t, "kernelspecs", &got)
		gogil, ok := got.Specs.Kernelspecs["gogil"]
		if !ok {
			t.Fatalf("KernelSpecManager lists no gogil kernelspec: %+v", got.Specs.Kernelspecs)
		}
		if gogil.DisplayName != "Go (gogil)" || gogil.Language != "go" {
			t.Errorf("gogil kernelspec: display_name %q, language %q; want \"Go (gogil)\", \"go\"",
				gogil.DisplayName, gogil.Language)
		}
		if got.Logo == nil {
			t.Errorf("no logo-64x64 resource: %v", gogil.Resources)
		} else if got.Logo.Status != http.StatusOK || got.Logo.ContentType != "image/png" ||
			!slices.Equal(got.Logo.FirstBytes, []int{0x89, 'P', 'N', 'G'}) {
			t.Errorf("logo-64x64: status %d, type %q, first bytes %v; want a PNG",
				got.Logo.Status, got.Logo.ContentType, got.Logo.FirstBytes)
		}
	})

	t.Run("session", func(t *testing.T) {
		var got struct {
			Model struct {
				Path   string `json:"path"`
				Type   string `json:"type"`
				Kernel struct {
					ID   string `json:"id"`
					Name string `json:"name"`
				} `json:"kernel"`
			} `json:"model"`
		}
		steps.decode(t, "session", &got)
		m := got.Model
		if m.Path != "lab.ipynb" || m.Type != "notebook" || m.Kernel.Name != "gogil" || m.Kernel.ID == "" {
			t.Errorf("session %+v; want a notebook session for lab.ipynb with a gogil kernel", m)
		}
	})

	t.Run("kernel_info", func(t *testing.T) {
		type info struct {
			ProtocolVersion string `json:"protocol_version"`
			Implementation  string `json:"implementation"`
			LanguageInfo    struct {
				Name          string `json:"name"`
				FileExtension string `json:"file_extension"`
				MimeType      string `json:"mimetype"`
			} `json:"language_info"`
		}
		var got struct {
			ConnectionInfo info   `json:"connection_info"`
			Reply          info   `json:"reply"`
			Status         string `json:"status"`
		}
		steps.decode(t, "kernel_info", &got)
		for name, i := range map[string]info{"the connection's info": got.ConnectionInfo, "requestKernelInfo": got.Reply} {
			if i.Implementation != "gogil" || !strings.HasPrefix(i.ProtocolVersion, "5.") ||
				i.LanguageInfo.Name != "go" || i.LanguageInfo.FileExtension != ".go" || i.LanguageInfo.MimeType != "text/x-go" {
				t.Errorf("%s: %+v; want gogil, protocol 5.x, language go, .go, text/x-go", name, i)
			}
		}
		if got.Status != "idle" {
			t.Errorf("kernel status after kernel_info = %q, want idle", got.Status)
		}
	})

	t.Run("execute", func(t *testing.T) {
		var got struct {
			Cells []cellRun `json:"cells"`
		}
		steps.decode(t, "execute", &got)
		cells := got.Cells
		if !wantStatus(t, cells, "ok", "ok", "ok", "ok", "error") {
			return
		}
		if cells[0].Stdout != "hello from lab\n" {
			t.Errorf("stdout = %q, want %q", cells[0].Stdout, "hello from lab\n")
		}
		if got := cells[2].resultText(); got != "42" {
			t.Errorf("6*7: execute_result text/plain = %q, want 42", got)
		}
		if len(cells[3].Displays) != 1 || cells[3].Displays[0]["text/html"] != "<b>42</b>" {
			t.Errorf("display.HTML: display_data %v, want one with text/html <b>42</b>", cells[3].Displays)
		}
		if len(cells[4].Errors) != 1 || cells[4].Errors[0].EName != "panic" || cells[4].Errors[0].EValue != "boom" {
			t.Errorf(`panic("boom"): errors %+v, want one with ename panic, evalue boom`, cells[4].Errors)
		}
		for i, cell := range cells {
			if cell.ExecutionCount != i+1 || cell.InputCount != i+1 {
				t.Errorf("cell %d: execution_count %d in the reply, %d in execute_input; want %d",
					i, cell.ExecutionCount, cell.InputCount, i+1)
			}
		}
	})

	t.Run("complete", func(t *testing.T) {
		var got struct {
			Reply struct {
				Status      string   `json:"status"`
				Matches     []string `json:"matches"`
				CursorStart int      `json:"cursor_start"`
				CursorEnd   int      `json:"cursor_end"`
			} `json:"reply"`
		}
		steps.decode(t, "complete", &got)
		r := got.Reply
		if r.Status != "ok" || !slices.Contains(r.Matches, "Println") {
			t.Errorf("complete fmt.Prin: status %q, matches %q; want Println among them", r.Status, r.Matches)
		}
		// JupyterLab replaces code[cursor_start:cursor_end] with the match.
		if r.CursorStart != len("fmt.") || r.CursorEnd != len("fmt.Prin") {
			t.Errorf("complete fmt.Prin: cursor %d..%d, want %d..%d (the word after the dot)",
				r.CursorStart, r.CursorEnd, len("fmt."), len("fmt.Prin"))
		}
	})

	t.Run("inspect", func(t *testing.T) {
		var got struct {
			Reply struct {
				Status string            `json:"status"`
				Found  bool              `json:"found"`
				Data   map[string]string `json:"data"`
			} `json:"reply"`
		}
		steps.decode(t, "inspect", &got)
		r := got.Reply
		if r.Status != "ok" || !r.Found || !strings.Contains(r.Data["text/plain"], "func Println(") {
			t.Errorf("inspect fmt.Println: %+v; want found, with Println's signature in text/plain", r)
		}
	})

	t.Run("is_complete", func(t *testing.T) {
		var got struct {
			Answers map[string]struct {
				Status string `json:"status"`
			} `json:"answers"`
		}
		steps.decode(t, "is_complete", &got)
		for code, want := range map[string]string{"x := 1": "complete", "func f() {": "incomplete", "x := )": "invalid"} {
			if status := got.Answers[code].Status; status != want {
				t.Errorf("is_complete %q = %q, want %q", code, status, want)
			}
		}
	})

	t.Run("history", func(t *testing.T) {
		var got struct {
			Reply struct {
				Status  string              `json:"status"`
				History [][]json.RawMessage `json:"history"`
			} `json:"reply"`
		}
		steps.decode(t, "history", &got)
		var sources []string
		for _, entry := range got.Reply.History {
			var source string
			if len(entry) != 3 || json.Unmarshal(entry[2], &source) != nil {
				t.Fatalf("history entry %s is not [session, line, source]", entry)
			}
			sources = append(sources, source)
		}
		// The cells of the execute step, in order, end the history.
		want := []string{`x := 6 * 7`, `6*7`, `display.HTML("<b>" + strconv.Itoa(x) + "</b>")`, `panic("boom")`}
		if got.Reply.Status != "ok" || len(sources) < len(want) || !slices.Equal(sources[len(sources)-len(want):], want) {
			t.Errorf("history tail: status %q, sources %q; want it to end with %q", got.Reply.Status, sources, want)
		}
	})

	t.Run("interrupt", func(t *testing.T) {
		var got struct {
			Sent  bool      `json:"sent"`
			Cells []cellRun `json:"cells"`
		}
		steps.decode(t, "interrupt", &got)
		if !got.Sent {
			t.Fatal("the loop cell never announced itself with execute_input, so no interrupt was sent")
		}
		if !wantStatus(t, got.Cells, "error", "ok") {
			return
		}
		if errs := got.Cells[0].Errors; len(errs) != 1 || errs[0].EName != "KeyboardInterrupt" {
			t.Errorf("interrupted for {}: errors %+v, want a KeyboardInterrupt", errs)
		}
		if got := got.Cells[1].resultText(); got != "43" {
			t.Errorf("after the interrupt, x + 1 = %q, want 43 (the session keeps its variables)", got)
		}
	})

	t.Run("restart", func(t *testing.T) {
		var got struct {
			SameID   bool      `json:"same_id"`
			Language string    `json:"language"`
			Cells    []cellRun `json:"cells"`
		}
		steps.decode(t, "restart", &got)
		if !got.SameID || got.Language != "go" {
			t.Errorf("after the restart: same kernel id %v, language %q; want true, go", got.SameID, got.Language)
		}
		if !wantStatus(t, got.Cells, "error", "ok") {
			return
		}
		if errs := got.Cells[0].Errors; len(errs) != 1 || !strings.Contains(errs[0].EValue, "undefined: x") {
			t.Errorf("after a restart x should be gone; errors %+v", errs)
		}
		if got := got.Cells[1].resultText(); got != "42" {
			t.Errorf("after the restart y = %q, want 42", got)
		}
		if n := got.Cells[0].ExecutionCount; n != 1 {
			t.Errorf("execution_count after a restart = %d, want 1", n)
		}
	})

	t.Run("shutdown", func(t *testing.T) {
		var got struct {
			KernelID string   `json:"kernel_id"`
			Kernels  []string `json:"kernels"`
			Sessions []string `json:"sessions"`
		}
		steps.decode(t, "shutdown", &got)
		if slices.Contains(got.Kernels, got.KernelID) || len(got.Sessions) != 0 {
			t.Errorf("after the session's shutdown: kernels %q, sessions %q; want neither", got.Kernels, got.Sessions)
		}
		if pids := waitNoKernels(jupyter.RuntimeDir, 30*time.Second); len(pids) > 0 {
			t.Errorf("kernel processes %v outlive the session's shutdown", pids)
		}
	})
}

// labSteps holds what a node script (lab_client.mjs, labapp/lab_ui.mjs)
// reported, by step name, and its stderr for failure messages.
type labSteps struct {
	script string
	byName map[string]json.RawMessage
	stderr string
}

// decode puts the step's report into out, failing the test when the step
// is missing or threw in the script.
func (s *labSteps) decode(t *testing.T, name string, out any) {
	t.Helper()
	raw, ok := s.byName[name]
	if !ok {
		t.Fatalf("%s did not report step %q; its stderr:\n%s", s.script, name, s.stderr)
	}
	var failed struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal(raw, &failed); err == nil && failed.Error != "" {
		t.Fatalf("%s step %q threw: %s", s.script, name, failed.Error)
	}
	if err := json.Unmarshal(raw, out); err != nil {
		t.Fatalf("step %q: %v in %s", name, err, raw)
	}
}

// runNodeSteps runs `node script args...` in dir and collects the steps it
// reports, one JSON object per stdout line. A script that dies, or ends
// without reporting its "end" step, fails the test here with its output.
// The script runs in a process group of its own, killed with everything
// in it when the script ends or times out, so a browser it started cannot
// outlive it.
func runNodeSteps(t *testing.T, node, dir string, timeout time.Duration, script string, args ...string) *labSteps {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, append([]string{script}, args...)...)
	cmd.Dir = dir
	// Temporary files (a browser profile) go to the test's temp dir.
	tmp := t.TempDir()
	cmd.Env = append(os.Environ(), "TMPDIR="+tmp, "XDG_CONFIG_HOME="+tmp, "XDG_CACHE_HOME="+tmp)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var stderr testkit.Buffer
	cmd.Stderr = &stderr
	cmd.WaitDelay = 10 * time.Second
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting node %s: %v", script, err)
	}
	steps := &labSteps{script: script, byName: map[string]json.RawMessage{}}
	var other []string
	lines := bufio.NewScanner(stdout)
	lines.Buffer(nil, 4<<20)
	for lines.Scan() {
		var head struct {
			Step string `json:"step"`
		}
		if err := json.Unmarshal(lines.Bytes(), &head); err != nil || head.Step == "" {
			other = append(other, lines.Text())
			continue
		}
		steps.byName[head.Step] = slices.Clone(lines.Bytes())
	}
	waitErr := cmd.Wait()
	// Whatever the script left in its group goes with it.
	syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	steps.stderr = stderr.String()
	if len(other) > 0 {
		steps.stderr += "\nstdout lines that are not reports:\n" + strings.Join(other, "\n")
	}
	if ctx.Err() != nil {
		t.Fatalf("%s did not finish within %v; it reported %d steps:\n%s\nstderr:\n%s",
			script, timeout, len(steps.byName), steps.names(), steps.stderr)
	}
	if _, ok := steps.byName["end"]; waitErr != nil || !ok {
		t.Fatalf("%s: %v, reported end: %v\nreports:\n%s\nstderr:\n%s",
			script, waitErr, ok, steps.names(), steps.stderr)
	}
	return steps
}

func (s *labSteps) names() string {
	var names []string
	for name, raw := range s.byName {
		names = append(names, name+"="+string(raw))
	}
	slices.Sort(names)
	return strings.Join(names, "\n")
}

// requireNodeModules returns the absolute path of the node project dir
// once its dependencies are installed at the versions its package.json
// pins. Missing ones skip the test (fail under GOGIL_REQUIRE_JUPYTER=1);
// other versions than the pinned ones fail it: the test would then check
// a library nobody chose.
func requireNodeModules(t *testing.T, dir string) string {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	fix := "run: npm ci --prefix " + filepath.Join("conformance", dir)
	var pkg struct {
		Dependencies    map[string]string `json:"dependencies"`
		DevDependencies map[string]string `json:"devDependencies"`
	}
	readJSON(t, filepath.Join(abs, "package.json"), &pkg)
	pinned := map[string]string{}
	maps.Copy(pinned, pkg.Dependencies)
	maps.Copy(pinned, pkg.DevDependencies)
	for _, name := range slices.Sorted(maps.Keys(pinned)) {
		want := pinned[name]
		installed := filepath.Join(abs, "node_modules", name, "package.json")
		if _, err := os.Stat(installed); errors.Is(err, os.ErrNotExist) {
			testkit.Missing(t, fmt.Sprintf("%s is not installed in %s", name, abs), fix)
			return ""
		}
		var got struct {
			Version string `json:"version"`
		}
		readJSON(t, installed, &got)
		if got.Version != want {
			t.Fatalf("%s has %s %s installed, package.json pins %s; %s", abs, name, got.Version, want, fix)
		}
	}
	return abs
}

func readJSON(t *testing.T, path string, out any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, out); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// startJupyterServer runs python with args (say "-m", "jupyter_server",
// or a script that starts a jupyter_server app), adding the options that
// serve jupyter.Root on a free loopback port with a random token.
func startJupyterServer(t *testing.T, python string, jupyter *testkit.Jupyter, args ...string) *webServer {
	t.Helper()
	secret := make([]byte, 16)
	if _, err := rand.Read(secret); err != nil {
		t.Fatal(err)
	}
	token := hex.EncodeToString(secret)
	return startWebServer(t, "jupyter_server", python, jupyter, token, "/api/status", func(port int) []string {
		return append(slices.Clone(args),
			"--no-browser", "--allow-root",
			"--ip=127.0.0.1", "--port="+strconv.Itoa(port),
			"--ServerApp.port_retries=0",
			"--ServerApp.token="+token, "--ServerApp.password=",
			"--ServerApp.root_dir="+jupyter.Root,
		)
	})
}

// waitNoKernels waits until no gogil kernel started for runtimeDir runs,
// or the limit passes, and returns those still running.
func waitNoKernels(runtimeDir string, limit time.Duration) []int {
	deadline := time.Now().Add(limit)
	for {
		pids := kernelsUsing(runtimeDir)
		if len(pids) == 0 || time.Now().After(deadline) {
			return pids
		}
		time.Sleep(100 * time.Millisecond)
	}
}
