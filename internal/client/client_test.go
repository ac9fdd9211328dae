package client

import (
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gogil/gogil/kernel/wire"
)

// ipykernelArgv returns ipykernel's command line, or skips the test when
// no python3 with ipykernel is installed (fails instead when
// GOGIL_REQUIRE_JUPYTER=1).
func ipykernelArgv(t testing.TB) []string {
	t.Helper()
	if argv, ok := IPyKernelArgv(); ok {
		return argv
	}
	if os.Getenv("GOGIL_REQUIRE_JUPYTER") == "1" {
		t.Fatal("GOGIL_REQUIRE_JUPYTER=1 but no python3 with ipykernel was found")
	}
	t.Skip("no python3 with ipykernel (apt-get install python3-ipykernel)")
	return nil
}

// launchIPyKernel starts ipykernel for one test and ends it with the test.
func launchIPyKernel(t *testing.T) *Client {
	t.Helper()
	argv := ipykernelArgv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var logMu sync.Mutex
	c, err := Launch(ctx, argv, Options{
		KernelOutput: testWriter{t},
		Logf: func(format string, args ...any) {
			logMu.Lock()
			defer logMu.Unlock()
			t.Logf("client: "+format, args...)
		},
	})
	if err != nil {
		t.Fatalf("Launch: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Logf("kernel: %s", strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestIPyKernel(t *testing.T) {
	c := launchIPyKernel(t)
	if c.Startup() <= 0 {
		t.Errorf("Startup() = %v, want > 0", c.Startup())
	}
	if info := c.StartupInfo(); info == nil || info.LanguageInfo.Name != "python" {
		t.Fatalf("StartupInfo() = %+v, want language python", info)
	}

	t.Run("execute", func(t *testing.T) {
		tests := []struct {
			name, code         string
			stdout, stderr     string
			result             string // text/plain of execute_result
			ename              string
			wantOutputMsgTypes []string
		}{
			{name: "print", code: "print(1)", stdout: "1\n", wantOutputMsgTypes: []string{"stream"}},
			{name: "result", code: "40 + 2", result: "42", wantOutputMsgTypes: []string{"execute_result"}},
			{name: "stderr", code: "import sys; print('oops', file=sys.stderr)", stderr: "oops\n"},
			{name: "error", code: "1/0", ename: "ZeroDivisionError", wantOutputMsgTypes: []string{"error"}},
			{name: "state kept", code: "x = 5\nprint(x * 2)", stdout: "10\n"},
			{name: "display", code: "from IPython.display import display\ndisplay('a', display_id='d1')\ndisplay('b', display_id='d1', update=True);",
				wantOutputMsgTypes: []string{"display_data", "update_display_data"}},
			{name: "clear", code: "from IPython.display import clear_output\nprint('x')\nclear_output()", stdout: "x\n", wantOutputMsgTypes: []string{"stream", "clear_output"}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				var live []string
				opts := ExecuteOptions{OnOutput: func(o Output) { live = append(live, o.MsgType) }}
				if tt.ename != "" {
					// ipykernel aborts requests that arrive shortly after an
					// error when stop_on_error is set: the next case would race.
					keepGoing := false
					opts.StopOnError = &keepGoing
				}
				x, err := c.Execute(testContext(t), tt.code, opts)
				if err != nil {
					t.Fatalf("Execute: %v", err)
				}
				if !x.Done() || x.ExecutionCount == 0 {
					t.Errorf("Done() = %v, ExecutionCount = %d", x.Done(), x.ExecutionCount)
				}
				if got := x.Stdout(); got != tt.stdout {
					t.Errorf("stdout = %q, want %q", got, tt.stdout)
				}
				if got := x.Stderr(); got != tt.stderr {
					t.Errorf("stderr = %q, want %q", got, tt.stderr)
				}
				if tt.result != "" {
					r := x.Result()
					if r == nil || r.Data["text/plain"] != tt.result {
						t.Errorf("result = %+v, want text/plain %q", r, tt.result)
					}
				}
				failed := x.Failed()
				switch {
				case tt.ename == "" && failed != nil:
					t.Errorf("unexpected error %s: %s", failed.EName, failed.EValue)
				case tt.ename != "" && (failed == nil || failed.EName != tt.ename):
					t.Errorf("error = %+v, want %s", failed, tt.ename)
				}
				var types []string
				for _, o := range x.Outputs {
					types = append(types, o.MsgType)
				}
				if tt.wantOutputMsgTypes != nil && !slices.Equal(types, tt.wantOutputMsgTypes) {
					t.Errorf("outputs = %v, want %v", types, tt.wantOutputMsgTypes)
				}
				if !slices.Equal(live, types) {
					t.Errorf("OnOutput saw %v, outputs are %v", live, types)
				}
			})
		}
	})

	t.Run("input", func(t *testing.T) {
		var prompts []string
		x, err := c.Execute(testContext(t), "name = input('who? ')\nprint('hi', name)", ExecuteOptions{
			Input: func(_ context.Context, req wire.InputRequest) (string, error) {
				prompts = append(prompts, req.Prompt)
				return "gopher", nil
			},
		})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(prompts, []string{"who? "}) || !strings.Contains(x.Stdout(), "hi gopher") {
			t.Errorf("prompts %q, stdout %q", prompts, x.Stdout())
		}
	})

	t.Run("requests", func(t *testing.T) {
		ctx := testContext(t)
		complete, err := c.Complete(ctx, "impo", 4)
		if err != nil || !slices.Contains(complete.Matches, "import") {
			t.Errorf("Complete = %+v, %v; want import among the matches", complete, err)
		}
		isComplete, err := c.IsComplete(ctx, "for i in range(3):")
		if err != nil || isComplete.Status != "incomplete" {
			t.Errorf("IsComplete = %+v, %v; want incomplete", isComplete, err)
		}
		inspect, err := c.Inspect(ctx, "len", 3, 0)
		if err != nil || !inspect.Found {
			t.Errorf("Inspect = %+v, %v; want found", inspect, err)
		}
		history, err := c.History(ctx, wire.HistoryRequest{HistAccessType: "tail", N: 3})
		if err != nil || history.Status != "ok" {
			t.Errorf("History = %+v, %v", history, err)
		}
		comms, err := c.CommInfo(ctx, "")
		if err != nil || comms.Status != "ok" {
			t.Errorf("CommInfo = %+v, %v", comms, err)
		}
		info, err := c.KernelInfo(ctx)
		if err != nil || info.ProtocolVersion == "" {
			t.Errorf("KernelInfo = %+v, %v", info, err)
		}
		if _, err := c.Ping(ctx); err != nil {
			t.Errorf("Ping: %v", err)
		}
		if rss, err := c.ResidentMemory(); err != nil || rss <= 0 {
			t.Errorf("ResidentMemory = %d, %v", rss, err)
		}
	})

	t.Run("raw frames", func(t *testing.T) {
		ctx := testContext(t)
		// A message with a forged signature must be dropped, not answered.
		forged, err := c.NewMessage("kernel_info_request", struct{}{})
		if err != nil {
			t.Fatal(err)
		}
		frames, err := wire.Encode(forged, c.Signer())
		if err != nil {
			t.Fatal(err)
		}
		frames[1] = []byte(strings.Repeat("0", 64))
		if err := c.SendFrames(ctx, wire.Shell, frames); err != nil {
			t.Fatal(err)
		}
		short, cancel := context.WithTimeout(ctx, time.Second)
		defer cancel()
		if reply, err := c.AwaitReply(short, forged.Header.MsgID); !errors.Is(err, ErrNoReply) {
			t.Errorf("forged message was answered: %v, %v", reply, err)
		}
		// A well-signed message sent raw is answered, and AwaitReply finds
		// the reply even if it came first.
		good, _ := c.NewMessage("kernel_info_request", struct{}{})
		frames, _ = wire.Encode(good, c.Signer())
		if err := c.SendFrames(ctx, wire.Shell, frames); err != nil {
			t.Fatal(err)
		}
		time.Sleep(200 * time.Millisecond)
		reply, err := c.AwaitReply(ctx, good.Header.MsgID)
		if err != nil || reply.Header.MsgType != "kernel_info_reply" {
			t.Errorf("AwaitReply = %v, %v", reply, err)
		}
	})

	t.Run("interrupt", func(t *testing.T) {
		ctx := testContext(t)
		keepGoing := false // see "execute": the next subtest must not be aborted
		h, err := c.StartExecute(ctx, "import time\nprint('sleeping', flush=True)\ntime.sleep(60)", ExecuteOptions{StopOnError: &keepGoing})
		if err != nil {
			t.Fatal(err)
		}
		// Wait gives up on its context and can be called again: poll it
		// until the cell is inside its sleep.
		for ctx.Err() == nil {
			short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
			x, err := h.Wait(short)
			cancel()
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("Wait on a sleeping cell: %v, want deadline exceeded", err)
			}
			if strings.Contains(x.Stdout(), "sleeping") {
				break
			}
		}
		if _, err := c.Interrupt(ctx); err != nil {
			t.Fatalf("Interrupt: %v", err)
		}
		x, err := h.Wait(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if f := x.Failed(); f == nil || f.EName != "KeyboardInterrupt" {
			t.Errorf("after interrupt: %+v, want KeyboardInterrupt", f)
		}
	})

	t.Run("second client", func(t *testing.T) {
		ctx := testContext(t)
		other, err := Connect(ctx, c.Info(), Options{})
		if err != nil {
			t.Fatalf("Connect: %v", err)
		}
		x, err := other.Execute(ctx, "print(x + 1)", ExecuteOptions{})
		if err != nil || x.Stdout() != "6\n" {
			t.Errorf("Execute through a second client: %q, %v", x.Stdout(), err)
		}
		if other.PID() != 0 || other.Startup() != 0 {
			t.Errorf("a connected client claims a process: pid %d", other.PID())
		}
		if err := other.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
		if _, err := c.KernelInfo(ctx); err != nil {
			t.Errorf("the kernel did not survive the second client's Close: %v", err)
		}
	})

	t.Run("shutdown", func(t *testing.T) {
		ctx := testContext(t)
		reply, err := c.Shutdown(ctx, false)
		if err != nil || reply.Status != "ok" {
			t.Fatalf("Shutdown = %+v, %v", reply, err)
		}
		if err := c.Wait(ctx); err != nil {
			t.Errorf("kernel exit: %v", err)
		}
		if _, err := c.KernelInfo(ctx); !errors.Is(err, ErrKernelExited) {
			t.Errorf("request after exit: %v, want ErrKernelExited", err)
		}
	})
}

func TestLaunchFailures(t *testing.T) {
	tests := []struct {
		name string
		argv []string
		want error
	}{
		{name: "exits at once", argv: []string{"sh", "-c", "exit 3"}, want: ErrKernelExited},
		{name: "never binds", argv: []string{"sleep", "30"}, want: context.DeadlineExceeded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			c, err := Launch(ctx, tt.argv, Options{})
			if err == nil {
				c.Close()
				t.Fatal("Launch succeeded")
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("Launch: %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := Launch(context.Background(), nil, Options{}); err == nil {
		t.Error("Launch with an empty argv succeeded")
	}
}

func TestConnectionFile(t *testing.T) {
	info, err := NewConnectionInfo("gogil")
	if err != nil {
		t.Fatal(err)
	}
	path := t.TempDir() + "/k.json"
	if err := WriteConnectionFile(path, info); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	back, err := wire.ReadConnectionFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if *back != *info {
		t.Errorf("read back %+v, wrote %+v", back, info)
	}
	ports := map[int]bool{}
	for _, p := range info.Ports() {
		if p <= 0 || ports[p] {
			t.Errorf("port %d is zero or repeated in %+v", p, info)
		}
		ports[p] = true
	}
	if len(info.Key) != 32 {
		t.Errorf("key %q is not 32 hex digits", info.Key)
	}
}

func TestResidentMemoryOfSelf(t *testing.T) {
	rss, err := residentMemory(os.Getpid())
	if err != nil {
		t.Skipf("no /proc here: %v", err)
	}
	if rss <= 0 {
		t.Errorf("residentMemory = %d, want > 0", rss)
	}
}

func TestDecodeKernelInfoCodeMirrorMode(t *testing.T) {
	tests := []struct{ mode, want string }{
		{`"go"`, "go"},
		{`{"name": "ipython", "version": 3}`, "ipython"},
		{`null`, ""},
	}
	for _, tt := range tests {
		m := &wire.Message{Content: []byte(`{"status":"ok","language_info":{"name":"x","codemirror_mode":` + tt.mode + `}}`)}
		info, err := decodeKernelInfo(m)
		if err != nil {
			t.Fatalf("%s: %v", tt.mode, err)
		}
		if info.LanguageInfo.CodeMirrorMode != tt.want || info.LanguageInfo.Name != "x" || info.Status != "ok" {
			t.Errorf("%s: decoded %+v", tt.mode, info)
		}
	}
}
