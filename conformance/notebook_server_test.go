package conformance_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/testkit"
)

// cellTimeout bounds one cell run through the server, in ws_execute.py.
const cellTimeout = 60 * time.Second

// TestNotebookServer drives gogil the way the classic Jupyter Notebook
// does: the server finds the kernelspec, starts the kernel over REST, the
// browser's websocket carries the cells, and the toolbar's interrupt and
// restart buttons are REST calls too.
func TestNotebookServer(t *testing.T) {
	python := testkit.RequireJupyter(t, "notebook")
	jupyter := testkit.NewJupyter(t, testkit.Binary(t))
	server := startNotebookServer(t, python, jupyter)

	t.Run("kernelspec", func(t *testing.T) {
		var specs struct {
			Kernelspecs map[string]struct {
				Spec struct {
					DisplayName   string `json:"display_name"`
					Language      string `json:"language"`
					InterruptMode string `json:"interrupt_mode"`
				} `json:"spec"`
				Resources map[string]string `json:"resources"`
			} `json:"kernelspecs"`
		}
		server.call(t, "GET", "/api/kernelspecs", nil, http.StatusOK, &specs)
		gogil, ok := specs.Kernelspecs["gogil"]
		if !ok {
			t.Fatalf("the server lists no gogil kernelspec: %v", specs.Kernelspecs)
		}
		if gogil.Spec.DisplayName != "Go (gogil)" || gogil.Spec.Language != "go" {
			t.Errorf("gogil kernelspec: display_name %q, language %q; want \"Go (gogil)\", \"go\"",
				gogil.Spec.DisplayName, gogil.Spec.Language)
		}
		// The launcher and the notebook's header show the logo.
		if logo := gogil.Resources["logo-64x64"]; logo == "" {
			t.Errorf("no logo-64x64 resource: %v", gogil.Resources)
		} else {
			body := server.call(t, "GET", logo, nil, http.StatusOK, nil)
			if !bytes.HasPrefix(body, []byte("\x89PNG")) {
				t.Errorf("%s is not a PNG", logo)
			}
		}
	})

	var kernel struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	}
	server.call(t, "POST", "/api/kernels", map[string]string{"name": "gogil"}, http.StatusCreated, &kernel)
	if kernel.ID == "" || kernel.Name != "gogil" {
		t.Fatalf("POST /api/kernels started %+v", kernel)
	}
	kernelPath := "/api/kernels/" + kernel.ID

	t.Run("execute", func(t *testing.T) {
		cells := server.execute(t, kernel.ID, nil,
			`x := 6 * 7`,
			`fmt.Println("x is", x)`,
			`x`,
			`display.HTML("<b>" + strconv.Itoa(x) + "</b>")`,
			`fmt.Fprintln(os.Stderr, "warning"); var m map[string]int; m["k"] = 1`,
		)
		wantStatus(t, cells, "ok", "ok", "ok", "ok", "error")
		if got := cells[1].Stdout; got != "x is 42\n" {
			t.Errorf("stdout = %q, want %q", got, "x is 42\n")
		}
		if got := cells[2].resultText(); got != "42" {
			t.Errorf("execute_result text/plain = %q, want 42", got)
		}
		if len(cells[3].Displays) != 1 || cells[3].Displays[0]["text/html"] != "<b>42</b>" {
			t.Errorf("display_data = %v, want text/html <b>42</b>", cells[3].Displays)
		}
		if cells[4].Stderr != "warning\n" || len(cells[4].Errors) != 1 || cells[4].Errors[0].EName != "panic" {
			t.Errorf("failing cell: stderr %q, errors %+v; want a warning, then a panic", cells[4].Stderr, cells[4].Errors)
		}
		for i, cell := range cells {
			if cell.ExecutionCount != i+1 {
				t.Errorf("cell %d: execution_count %d, want %d", i, cell.ExecutionCount, i+1)
			}
		}
	})

	t.Run("interrupt", func(t *testing.T) {
		// The first cell blocks until interrupted; the interrupt is sent
		// once the kernel has announced it. The second shows the session
		// kept its state.
		interrupt := func(cell int) {
			if cell == 0 {
				server.call(t, "POST", kernelPath+"/interrupt", nil, http.StatusNoContent, nil)
			}
		}
		cells := server.execute(t, kernel.ID, interrupt,
			"never := make(chan int)\n<-never",
			`x + 1`,
		)
		wantStatus(t, cells, "error", "ok")
		if len(cells[0].Errors) != 1 || cells[0].Errors[0].EName != "KeyboardInterrupt" {
			t.Errorf("interrupted cell: errors %+v, want a KeyboardInterrupt", cells[0].Errors)
		}
		if got := cells[1].resultText(); got != "43" {
			t.Errorf("after the interrupt, x + 1 = %q, want 43", got)
		}
	})

	t.Run("restart", func(t *testing.T) {
		server.call(t, "POST", kernelPath+"/restart", nil, http.StatusOK, nil)
		cells := server.execute(t, kernel.ID, nil, `x`, `y := 6 * 7; y`)
		wantStatus(t, cells, "error", "ok")
		if len(cells[0].Errors) != 1 || !strings.Contains(cells[0].Errors[0].EValue, "undefined: x") {
			t.Errorf("after a restart x should be gone; errors %+v", cells[0].Errors)
		}
		if got := cells[1].resultText(); got != "42" {
			t.Errorf("after the restart y = %q, want 42", got)
		}
		if cells[0].ExecutionCount != 1 {
			t.Errorf("execution_count after a restart = %d, want 1", cells[0].ExecutionCount)
		}
	})

	server.call(t, "DELETE", kernelPath, nil, http.StatusNoContent, nil)
	var running []struct {
		ID string `json:"id"`
	}
	server.call(t, "GET", "/api/kernels", nil, http.StatusOK, &running)
	if len(running) != 0 {
		t.Errorf("kernels still running after DELETE: %+v", running)
	}
	// The server reaps a deleted kernel before answering.
	if pids := kernelsUsing(jupyter.RuntimeDir); len(pids) > 0 {
		t.Errorf("kernel processes %v outlive DELETE %s", pids, kernelPath)
	}
}

// notebookServer is a running classic notebook server on 127.0.0.1.
type notebookServer struct {
	*webServer
	python string
	env    []string
}

// startNotebookServer starts the server with authentication off (the
// port is on the loopback interface and lives as long as the test) and
// stops it when the test ends.
func startNotebookServer(t *testing.T, python string, jupyter *testkit.Jupyter) *notebookServer {
	t.Helper()
	s := startWebServer(t, "the notebook server", python, jupyter, "", "/api", func(port int) []string {
		return []string{"-m", "notebook",
			"--no-browser", "--allow-root",
			"--ip=127.0.0.1", "--port=" + strconv.Itoa(port),
			"--NotebookApp.port_retries=0",
			"--NotebookApp.token=", "--NotebookApp.password=",
			// Without a token there is no other XSRF protection to
			// satisfy; a browser would get the cookie from a page.
			"--NotebookApp.disable_check_xsrf=True",
			"--notebook-dir=" + jupyter.Root}
	})
	return &notebookServer{webServer: s, python: python, env: jupyter.Env}
}

// call makes a REST request, checks the status, decodes a JSON answer
// into out (if not nil) and returns the body.
func (s *notebookServer) call(t *testing.T, method, path string, body any, wantStatus int, out any) []byte {
	t.Helper()
	var reader io.Reader
	if body != nil {
		data, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		reader = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, s.baseURL+path, reader)
	if err != nil {
		t.Fatal(err)
	}
	if s.token != "" {
		req.Header.Set("Authorization", "token "+s.token)
	}
	resp, err := s.client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: reading the answer: %v", method, path, err)
	}
	if resp.StatusCode != wantStatus {
		t.Fatalf("%s %s: status %d, want %d: %s", method, path, resp.StatusCode, wantStatus, data)
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			t.Fatalf("%s %s: %v: %s", method, path, err, data)
		}
	}
	return data
}

// cellRun is what ws_execute.py, or lab_client.mjs's execute(), reports
// for one cell.
type cellRun struct {
	Event          string              `json:"event"`
	Cell           int                 `json:"cell"`
	Code           string              `json:"code"`
	Status         string              `json:"status"`
	ExecutionCount int                 `json:"execution_count"`
	InputCount     int                 `json:"input_count"` // from execute_input
	Stdout         string              `json:"stdout"`
	Stderr         string              `json:"stderr"`
	Results        []map[string]string `json:"results"`
	Displays       []map[string]string `json:"displays"`
	Errors         []struct {
		EName  string `json:"ename"`
		EValue string `json:"evalue"`
	} `json:"errors"`
}

func (c cellRun) resultText() string {
	if len(c.Results) != 1 {
		return fmt.Sprintf("<%d results>", len(c.Results))
	}
	return c.Results[0]["text/plain"]
}

// execute runs cells one after another through the kernel's websocket
// with ws_execute.py, calling started (if not nil) as each cell starts,
// and returns what each produced.
func (s *notebookServer) execute(t *testing.T, kernelID string, started func(cell int), cells ...string) []cellRun {
	t.Helper()
	runs, err := s.runCells(kernelID, started, cells...)
	if err != nil {
		t.Fatal(err)
	}
	return runs
}

// runCells is execute for callers that run several servers' cells at
// once, from goroutines that must not end the test.
func (s *notebookServer) runCells(kernelID string, started func(cell int), cells ...string) ([]cellRun, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(len(cells)+1)*cellTimeout)
	defer cancel()
	args := append([]string{"ws_execute.py", s.baseURL, kernelID, strconv.Itoa(int(cellTimeout.Seconds()))}, cells...)
	cmd := exec.CommandContext(ctx, s.python, args...)
	cmd.Env = s.env
	if s.token != "" {
		cmd.Env = append(slices.Clone(s.env), "WS_EXECUTE_TOKEN="+s.token)
	}
	var stderr testkit.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	var runs []cellRun
	var bad []string
	lines := bufio.NewScanner(stdout)
	lines.Buffer(nil, 1<<20)
	for lines.Scan() {
		var event cellRun
		if err := json.Unmarshal(lines.Bytes(), &event); err != nil {
			bad = append(bad, lines.Text())
			continue
		}
		switch event.Event {
		case "started":
			if started != nil {
				started(event.Cell)
			}
		case "done":
			runs = append(runs, event)
		}
	}
	if err := cmd.Wait(); err != nil {
		return nil, fmt.Errorf("ws_execute.py: %v\n%s%s", err, stderr.String(), strings.Join(bad, "\n"))
	}
	if len(runs) != len(cells) {
		return nil, fmt.Errorf("ws_execute.py reported %d cells of %d:\n%s", len(runs), len(cells), strings.Join(bad, "\n"))
	}
	return runs, nil
}

// wantStatus checks each cell's execute_reply status and reports whether
// the cells were all there to check.
func wantStatus(t *testing.T, cells []cellRun, want ...string) bool {
	t.Helper()
	if len(cells) != len(want) {
		t.Errorf("%d cells reported, want %d: %+v", len(cells), len(want), cells)
		return false
	}
	for i, cell := range cells {
		if cell.Status != want[i] {
			t.Errorf("cell %d (%q): execute_reply status %q, want %q (stdout %q, errors %+v)",
				i, cell.Code, cell.Status, want[i], cell.Stdout, cell.Errors)
		}
	}
	return true
}

// freePort asks the system for a free loopback port. Another process may
// take it before the server binds it; startNotebookServer retries then.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
