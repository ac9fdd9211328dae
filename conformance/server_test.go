package conformance_test

import (
	"errors"
	"fmt"
	"net/http"
	"os/exec"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/testkit"
)

// serverStartTimeout bounds a Jupyter server's start; it imports a lot of
// Python, which is slow on a busy machine.
const serverStartTimeout = 90 * time.Second

// webServer is a Jupyter web server — the classic Notebook, jupyter_server,
// or JupyterLab's LabServerApp on top of it — run for one test on a free
// loopback port.
type webServer struct {
	what    string // "the notebook server", "jupyter_server": for messages
	baseURL string
	token   string // "" when authentication is off
	cmd     *exec.Cmd
	log     *testkit.Buffer
	exited  chan struct{}
	client  *http.Client
}

// startWebServer runs python with the arguments argv(port) gives, waits
// until GET readyPath answers 200 (with the token, if any), and stops the
// server and any kernel it left when the test ends. A port taken between
// choosing and binding it makes the server exit; then it tries another.
func startWebServer(t *testing.T, what, python string, jupyter *testkit.Jupyter, token, readyPath string, argv func(port int) []string) *webServer {
	t.Helper()
	var lastLog string
	for attempt := 0; attempt < 3; attempt++ {
		port, err := freePort()
		if err != nil {
			t.Fatal(err)
		}
		s := &webServer{
			what:    what,
			baseURL: "http://127.0.0.1:" + strconv.Itoa(port),
			token:   token,
			log:     &testkit.Buffer{},
			exited:  make(chan struct{}),
			client:  &http.Client{Timeout: 60 * time.Second},
		}
		s.cmd = exec.Command(python, argv(port)...)
		s.cmd.Env = jupyter.Env
		s.cmd.Stdout = s.log
		s.cmd.Stderr = s.log
		if err := s.cmd.Start(); err != nil {
			t.Fatalf("starting %s: %v", what, err)
		}
		go func() {
			s.cmd.Wait()
			close(s.exited)
		}()
		t.Cleanup(func() {
			s.stop(t)
			killKernelsUsing(t, jupyter.RuntimeDir)
		})
		if err := s.waitReady(readyPath); err == nil {
			return s
		} else if !errors.Is(err, errServerExited) {
			t.Fatalf("%v\nserver log:\n%s", err, s.log)
		}
		lastLog = s.log.String()
	}
	t.Fatalf("%s exited at start three times; last log:\n%s", what, lastLog)
	return nil
}

var errServerExited = errors.New("the server exited")

// waitReady polls path until it answers 200.
func (s *webServer) waitReady(path string) error {
	deadline := time.After(serverStartTimeout)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-s.exited:
			return errServerExited
		case <-deadline:
			return fmt.Errorf("%s did not answer on %s within %v", s.what, s.baseURL, serverStartTimeout)
		case <-tick.C:
			req, err := http.NewRequest("GET", s.baseURL+path, nil)
			if err != nil {
				return err
			}
			if s.token != "" {
				req.Header.Set("Authorization", "token "+s.token)
			}
			resp, err := s.client.Do(req)
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					return nil
				}
			}
		}
	}
}

// stop asks the server to shut down (it then shuts its kernels down) and
// kills it if it takes too long; on failure it logs what the server said.
func (s *webServer) stop(t *testing.T) {
	select {
	case <-s.exited:
	default:
		s.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-s.exited:
		case <-time.After(30 * time.Second):
			t.Logf("%s ignored SIGTERM for 30s; killing it", s.what)
			s.cmd.Process.Kill()
			<-s.exited
		}
	}
	if t.Failed() {
		t.Logf("%s log:\n%s", s.what, s.log)
	}
}
