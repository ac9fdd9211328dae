package conformance_test

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/testkit"
)

// hubConfig is the JupyterHub configuration the test runs and README.md
// shows.
const hubConfig = "testdata/jupyterhub_config.py"

// hubUsers log in, each starts a server and runs cells at the same time.
var hubUsers = []string{"ada", "grace", "linus"}

// TestJupyterHub serves gogil to several users the way a class does:
// Debian's JupyterHub 3 with its configurable-http-proxy, a test
// authenticator and local single-user servers (testdata/jupyterhub_config.py).
// The kernelspec is installed with `gogil install --sys-prefix` into the
// hub's own Python environment (a venv over Debian's Python), so the
// single-user servers find it there and nowhere else: the spawner passes
// them none of the test's JUPYTER_* variables.
//
// Every user logs in through the hub's REST API, starts a server, opens a
// gogil kernel over it and runs %%gil cells and a %%timeline through the
// websocket, all three users at once. Then one kernel is killed by a
// signal, one server is stopped, and the hub itself: no process the test
// started may outlive its part.
func TestJupyterHub(t *testing.T) {
	python := testkit.RequireJupyter(t, "jupyterhub")
	if _, err := exec.Command(python, "-c", "import jupyter_server").CombinedOutput(); err != nil {
		testkit.Missing(t, python+" cannot import jupyter_server, which jupyterhub-singleuser runs", "install the Debian packages listed in .ci/run")
	}
	testkit.RequireCommand(t, "configurable-http-proxy", "install the Debian package node-configurable-http-proxy")
	bin := testkit.Binary(t)
	jupyter := testkit.NewJupyter(t, bin)
	root := jupyter.Root
	// Registered first, so it runs last: whatever the hub left goes.
	t.Cleanup(func() {
		killProcessesIn(t, root)
		if pid := proxyRunning(filepath.Join(root, "proxy.pid")); pid != 0 {
			t.Logf("killing leftover configurable-http-proxy %d", pid)
			syscall.Kill(pid, syscall.SIGKILL)
		}
	})

	hubPython := hubEnvironment(t, python, bin, root)
	password := randomHex(t)
	config, err := filepath.Abs(hubConfig)
	if err != nil {
		t.Fatal(err)
	}
	hubJupyter := *jupyter
	hubJupyter.Env = append(slices.Clone(jupyter.Env),
		"GOGIL_HUB_ROOT="+root,
		"GOGIL_HUB_PASSWORD="+password,
		"GOGIL_HUB_USERS="+strings.Join(hubUsers, ","),
		"GOGIL_HUB_PYTHON="+hubPython,
	)
	hub := startWebServer(t, "jupyterhub", python, &hubJupyter, "", "/hub/api/", func(port int) []string {
		hubPort, err1 := freePort()
		proxyPort, err2 := freePort()
		if err1 != nil || err2 != nil {
			t.Fatalf("free ports: %v, %v", err1, err2)
		}
		return []string{"-m", "jupyterhub", "-f", config,
			"--JupyterHub.bind_url=http://127.0.0.1:" + strconv.Itoa(port),
			"--JupyterHub.hub_port=" + strconv.Itoa(hubPort),
			"--ConfigurableHTTPProxy.api_url=http://127.0.0.1:" + strconv.Itoa(proxyPort),
		}
	})

	// Log in through the REST API: a token for each user, which the hub
	// hands out against the authenticator's username and password.
	users := map[string]*hubUser{}
	for _, name := range hubUsers {
		u := &hubUser{name: name, home: filepath.Join(root, "home", name)}
		var answer struct {
			Token string `json:"token"`
		}
		body := map[string]any{"auth": map[string]string{"username": name, "password": password}, "note": "gogil hub test"}
		if status, data, err := hubRequest(hub, "POST", "/hub/api/users/"+name+"/tokens", "", body, &answer); err != nil || status != http.StatusCreated || answer.Token == "" {
			t.Fatalf("logging %s in: status %d, %v: %s", name, status, err, data)
		}
		u.token = answer.Token
		u.server = &notebookServer{
			webServer: &webServer{what: name + "'s server", baseURL: hub.baseURL + "/user/" + name, token: u.token, client: hub.client},
			python:    python,
			env:       jupyter.Env,
		}
		users[name] = u
	}
	// A wrong password gets no token.
	if status, _, _ := hubRequest(hub, "POST", "/hub/api/users/ada/tokens", "",
		map[string]any{"auth": map[string]string{"username": "ada", "password": "not-" + password}}, nil); status != http.StatusForbidden {
		t.Errorf("a token for a wrong password: status %d, want 403", status)
	}

	// All servers start together, as a class arriving.
	for _, name := range hubUsers {
		u := users[name]
		if status, data, err := hubRequest(hub, "POST", "/hub/api/users/"+name+"/server", u.token, nil, nil); err != nil ||
			(status != http.StatusCreated && status != http.StatusAccepted) {
			t.Fatalf("starting %s's server: status %d, %v: %s", name, status, err, data)
		}
	}
	for _, name := range hubUsers {
		waitUntil(t, name+"'s server to be ready", func() (bool, bool) {
			ready, _ := users[name].serverState(hub)
			return ready, ready
		})
	}

	t.Run("kernelspec", func(t *testing.T) {
		// Found in the hub's environment, naming the binary under test.
		var specs struct {
			Kernelspecs map[string]struct {
				Spec struct {
					Argv          []string `json:"argv"`
					InterruptMode string   `json:"interrupt_mode"`
				} `json:"spec"`
			} `json:"kernelspecs"`
		}
		users["ada"].server.call(t, "GET", "/api/kernelspecs", nil, http.StatusOK, &specs)
		gogil, ok := specs.Kernelspecs["gogil"]
		if !ok {
			t.Fatalf("ada's server lists no gogil kernelspec: %v", specs.Kernelspecs)
		}
		if len(gogil.Spec.Argv) == 0 || gogil.Spec.Argv[0] != bin || gogil.Spec.InterruptMode != "message" {
			t.Errorf("gogil kernelspec: argv %q, interrupt_mode %q; want %s, message", gogil.Spec.Argv, gogil.Spec.InterruptMode, bin)
		}
	})

	for _, name := range hubUsers {
		u := users[name]
		var kernel struct {
			ID   string `json:"id"`
			Name string `json:"name"`
		}
		u.server.call(t, "POST", "/api/kernels", map[string]string{"name": "gogil"}, http.StatusCreated, &kernel)
		if kernel.ID == "" || kernel.Name != "gogil" {
			t.Fatalf("%s: POST /api/kernels started %+v", name, kernel)
		}
		u.kernelID = kernel.ID
	}

	t.Run("together", func(t *testing.T) {
		runs := runEverywhere(users, func(u *hubUser) []string {
			return []string{
				fmt.Sprintf("who := %q\nfmt.Println(\"hello from\", who)", u.name),
				"%%gil\nfunc countdown(n int) {\n\tfor n > 0 {\n\t\tn--\n\t}\n}",
				"%%gil\nt1 := threading.Thread(countdown, 300_000)\nt2 := threading.Thread(countdown, 300_000)\n" +
					"t1.Start()\nt2.Start()\nt1.Join()\nt2.Join()\nfmt.Println(who, \"ran two threads\")",
				"%%timeline\n%%gil\nt1 = threading.Thread(countdown, 100_000)\nt2 = threading.Thread(countdown, 100_000)\n" +
					"t1.Start()\nt2.Start()\nt1.Join()\nt2.Join()\nfmt.Println(who, \"drew a timeline\")",
			}
		})
		for _, name := range hubUsers {
			r := runs[name]
			if r.err != nil {
				t.Errorf("%s: %v", name, r.err)
				continue
			}
			if !wantStatus(t, r.cells, "ok", "ok", "ok", "ok") {
				continue
			}
			want := []string{"hello from " + name + "\n", "", name + " ran two threads\n", name + " drew a timeline\n"}
			for i, cell := range r.cells {
				if cell.Stdout != want[i] {
					t.Errorf("%s cell %d: stdout %q, want %q", name, i, cell.Stdout, want[i])
				}
				for _, other := range hubUsers {
					if other != name && strings.Contains(cell.Stdout+cell.Stderr, other) {
						t.Errorf("%s cell %d shows %s's output: %q", name, i, other, cell.Stdout+cell.Stderr)
					}
				}
			}
			if d := r.cells[3].Displays; len(d) != 1 || !strings.Contains(d[0]["image/svg+xml"], "<svg") ||
				d[0]["image/png"] == "" || !strings.Contains(d[0]["text/plain"], "MainThread") {
				t.Errorf("%s: %%%%timeline displayed %d outputs, want one timeline (SVG, PNG and text): %v", name, len(d), d)
			}
		}
	})

	t.Run("isolation", func(t *testing.T) {
		ada, grace := users["ada"], users["grace"]
		var kernels []struct {
			ID string `json:"id"`
		}
		ada.server.call(t, "GET", "/api/kernels", nil, http.StatusOK, &kernels)
		if len(kernels) != 1 || kernels[0].ID != ada.kernelID {
			t.Errorf("ada's server runs kernels %+v, want only %s", kernels, ada.kernelID)
		}
		// grace's token opens nothing of ada's: not her kernels' list, not
		// the hub's record of her server.
		for _, path := range []string{"/user/ada/api/kernels", "/user/ada/api/kernels/" + ada.kernelID, "/hub/api/users/ada"} {
			status, data, err := hubRequest(hub, "GET", path, grace.token, nil, nil)
			if err != nil || status != http.StatusForbidden && status != http.StatusNotFound {
				t.Errorf("GET %s with grace's token: status %d, %v: %.200s; want 403 or 404", path, status, err, data)
			}
		}
		grace.server.baseURL = hub.baseURL + "/user/ada"
		defer func() { grace.server.baseURL = hub.baseURL + "/user/grace" }()
		if _, err := grace.server.runCells(ada.kernelID, nil, `fmt.Println(who)`); err == nil {
			t.Errorf("grace ran a cell in ada's kernel")
		}
	})

	t.Run("kernel killed by a signal", func(t *testing.T) {
		ada := users["ada"]
		pids := kernelsUsing(ada.home)
		if len(pids) != 1 {
			t.Fatalf("ada's kernels: pids %v, want one", pids)
		}
		if err := syscall.Kill(pids[0], syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		// Her server's restarter starts a new kernel under the same id.
		waitUntil(t, "ada's kernel to be restarted", func() ([]int, bool) {
			now := kernelsUsing(ada.home)
			return now, len(now) == 1 && now[0] != pids[0]
		})
		cells, err := ada.server.runCells(ada.kernelID, nil, `fmt.Println("ada is back")`)
		if err != nil {
			t.Fatal(err)
		}
		if wantStatus(t, cells, "ok") && cells[0].Stdout != "ada is back\n" {
			t.Errorf("after the restart: stdout %q", cells[0].Stdout)
		}
		// The hub and the others did not notice.
		if status, data, err := hubRequest(hub, "GET", "/hub/api/", "", nil, nil); err != nil || status != http.StatusOK {
			t.Errorf("the hub after a kernel's death: status %d, %v: %s", status, err, data)
		}
		runs := runEverywhere(users, func(u *hubUser) []string {
			if u.name == "ada" {
				return nil
			}
			return []string{`fmt.Println(who)`}
		})
		for _, name := range []string{"grace", "linus"} {
			if r := runs[name]; r.err != nil || len(r.cells) != 1 || r.cells[0].Stdout != name+"\n" {
				t.Errorf("%s after ada's kernel died: %+v, %v; want her session intact", name, r.cells, r.err)
			}
		}
	})

	t.Run("stopping a server ends its kernels", func(t *testing.T) {
		grace := users["grace"]
		if len(processesIn(grace.home)) == 0 {
			t.Fatal("found no process of grace's server to watch")
		}
		status, data, err := hubRequest(hub, "DELETE", "/hub/api/users/grace/server", grace.token, nil, nil)
		if err != nil || status != http.StatusNoContent && status != http.StatusAccepted {
			t.Fatalf("stopping grace's server: status %d, %v: %s", status, err, data)
		}
		waitUntil(t, "the hub to record grace's server as stopped", func() (bool, bool) {
			_, running := grace.serverState(hub)
			return running, !running
		})
		if pids := waitNoProcessesIn(grace.home, 30*time.Second); len(pids) > 0 {
			t.Errorf("processes %v of grace's server outlive its stop (kernels: %v)", pids, kernelsUsing(grace.home))
		}
		if len(kernelsUsing(users["linus"].home)) != 1 {
			t.Errorf("linus lost his kernel when grace's server stopped")
		}
	})

	// The hub's shutdown stops every server, the proxy too.
	hub.stop(t)
	if pids := waitNoProcessesIn(root, 30*time.Second); len(pids) > 0 {
		t.Errorf("processes %v outlive the hub", pids)
	}
	if pid := proxyRunning(filepath.Join(root, "proxy.pid")); pid != 0 {
		t.Errorf("configurable-http-proxy (pid %d) outlives the hub", pid)
		syscall.Kill(pid, syscall.SIGKILL)
	}
}

// hubUser is one user of the hub and what the test opened for them.
type hubUser struct {
	name, home string
	token      string
	server     *notebookServer // their single-user server, through the proxy
	kernelID   string
}

// serverState reads the hub's record of the user's default server.
func (u *hubUser) serverState(hub *webServer) (ready, exists bool) {
	var model struct {
		Servers map[string]struct {
			Ready bool `json:"ready"`
		} `json:"servers"`
	}
	if status, _, err := hubRequest(hub, "GET", "/hub/api/users/"+u.name, u.token, nil, &model); err != nil || status != http.StatusOK {
		return false, true
	}
	s, ok := model.Servers[""]
	return ok && s.Ready, ok
}

type usersRun struct {
	cells []cellRun
	err   error
}

// runEverywhere runs each user's cells (none when cells returns nil) in
// their kernel, all users at the same time.
func runEverywhere(users map[string]*hubUser, cells func(*hubUser) []string) map[string]usersRun {
	var mu sync.Mutex
	var wg sync.WaitGroup
	runs := map[string]usersRun{}
	for name, u := range users {
		code := cells(u)
		if code == nil {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := u.server.runCells(u.kernelID, nil, code...)
			mu.Lock()
			runs[name] = usersRun{r, err}
			mu.Unlock()
		}()
	}
	wg.Wait()
	return runs
}

// hubRequest makes one REST call through the hub's proxy, with a user's
// token when one is given, decoding a JSON answer into out when the call
// succeeds. It does not end the test, so goroutines and polls may use it.
func hubRequest(hub *webServer, method, path, token string, body, out any) (int, []byte, error) {
	var reader io.Reader
	if body != nil {
		data, err := json.Marshal(body)
		if err != nil {
			return 0, nil, err
		}
		reader = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, hub.baseURL+path, reader)
	if err != nil {
		return 0, nil, err
	}
	if token != "" {
		req.Header.Set("Authorization", "token "+token)
	}
	resp, err := hub.client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp.StatusCode, nil, err
	}
	if out != nil && resp.StatusCode/100 == 2 {
		if err := json.Unmarshal(data, out); err != nil {
			return resp.StatusCode, data, fmt.Errorf("%s %s: %w", method, path, err)
		}
	}
	return resp.StatusCode, data, nil
}

// hubEnvironment makes the hub's Python environment, a venv over
// python's packages (Debian's JupyterHub and jupyter_server), installs the
// kernelspec into it with `gogil install --sys-prefix`, as an admin does
// with the hub's python3 first on PATH, and returns its interpreter.
func hubEnvironment(t *testing.T, python, bin, root string) string {
	t.Helper()
	venv := filepath.Join(root, "hub-env")
	if out, err := exec.Command(python, "-m", "venv", "--without-pip", "--system-site-packages", venv).CombinedOutput(); err != nil {
		t.Fatalf("making the hub's venv: %v\n%s", err, out)
	}
	venvBin := filepath.Join(venv, "bin")
	install := exec.Command(bin, "install", "--sys-prefix")
	install.Env = append(os.Environ(), "PATH="+venvBin+string(os.PathListSeparator)+os.Getenv("PATH"))
	out, err := install.CombinedOutput()
	want := filepath.Join(venv, "share", "jupyter", "kernels", "gogil")
	if err != nil || !strings.Contains(string(out), want) {
		t.Fatalf("gogil install --sys-prefix: %v, want it to name %s:\n%s", err, want, out)
	}
	return filepath.Join(venvBin, "python3")
}

// processesIn lists the processes whose working directory is dir or
// below: a single-user server runs in its user's home, and its kernels
// in the server's root folder there. It reads /proc (Linux only).
func processesIn(dir string) []int {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	var pids []int
	for _, entry := range entries {
		pid, err := strconv.Atoi(entry.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		cwd, err := os.Readlink(filepath.Join("/proc", entry.Name(), "cwd"))
		if err == nil && (cwd == dir || strings.HasPrefix(cwd, dir+string(filepath.Separator))) {
			pids = append(pids, pid)
		}
	}
	return pids
}

func waitNoProcessesIn(dir string, limit time.Duration) []int {
	deadline := time.Now().Add(limit)
	for {
		pids := processesIn(dir)
		if len(pids) == 0 || time.Now().After(deadline) {
			return pids
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// killProcessesIn kills, by pid, what a failed test left running in its
// own temporary folder; nothing else works there.
func killProcessesIn(t *testing.T, dir string) {
	for _, pid := range processesIn(dir) {
		t.Logf("killing leftover process %d", pid)
		syscall.Kill(pid, syscall.SIGKILL)
	}
}

// proxyRunning returns the pid the hub wrote for its proxy if that
// process still runs configurable-http-proxy, else 0.
func proxyRunning(pidFile string) int {
	data, err := os.ReadFile(pidFile)
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil || pid <= 0 {
		return 0
	}
	cmdline, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "cmdline"))
	if err != nil || !bytes.Contains(cmdline, []byte("configurable-http-proxy")) {
		return 0
	}
	return pid
}

func randomHex(t *testing.T) string {
	secret := make([]byte, 16)
	if _, err := rand.Read(secret); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(secret)
}
