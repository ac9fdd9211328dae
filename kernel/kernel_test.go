package kernel_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/internal/client"
	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/kernel/wire"
)

// echoLanguage is a tiny language for protocol tests: each cell is one
// command. The real Go interpreter is exercised end to end elsewhere; here
// only the protocol is under test, through real ZeroMQ sockets.
type echoLanguage struct {
	mu       sync.Mutex
	lastCell cellio.Cell
	gate     chan struct{} // "gate" and "failgate" cells wait until it is closed
}

func (*echoLanguage) Info() kernel.LanguageInfo {
	return kernel.LanguageInfo{Implementation: "echo", ImplementationVersion: "1", Name: "echo", Version: "1.0", MIMEType: "text/plain", FileExtension: ".txt"}
}

func (e *echoLanguage) Execute(ctx context.Context, req kernel.ExecuteInput, cell cellio.Cell) kernel.Outcome {
	e.mu.Lock()
	e.lastCell = cell
	e.mu.Unlock()
	cmd, arg, _ := strings.Cut(req.Code, " ")
	switch cmd {
	case "print":
		cell.Stream("stdout", arg)
	case "flood": // many small writes, as a chatty loop makes
		for i := 0; i < 100000; i++ {
			cell.Stream("stdout", "line\n")
		}
	case "spew": // arg pieces of 64 KB, written as fast as the kernel takes them
		n, _ := strconv.Atoi(arg)
		piece := strings.Repeat("x", 64<<10)
		for i := 0; i < n; i++ {
			cell.Stream("stdout", piece)
		}
	case "result":
		return kernel.Outcome{Result: &cellio.Output{Data: map[string]any{"text/plain": arg}}}
	case "display":
		cell.Display(cellio.Output{Data: map[string]any{"text/html": arg}, DisplayID: "d1"})
		cell.Display(cellio.Output{Data: map[string]any{"text/html": arg + "!"}, DisplayID: "d1", Update: true})
		cell.ClearOutput(true)
	case "fail":
		return kernel.Outcome{Err: &cellio.Error{Kind: "Boom", Value: arg}}
	case "gate":
		<-e.gate
	case "failgate":
		<-e.gate
		return kernel.Outcome{Err: &cellio.Error{Kind: "Boom", Value: arg}}
	case "block": // until interrupted
		<-ctx.Done()
		return kernel.Outcome{Err: &cellio.Error{Kind: "KeyboardInterrupt", Value: "interrupted"}}
	case "input":
		line, err := cell.Input(arg, false)
		if err != nil {
			return kernel.Outcome{Err: &cellio.Error{Kind: "StdinNotImplementedError", Value: err.Error()}}
		}
		cell.Stream("stdout", "got "+line)
	}
	return kernel.Outcome{}
}

func (*echoLanguage) Complete(code string, cursor int) kernel.Completion {
	return kernel.Completion{Matches: []string{code + "x"}, CursorStart: 0, CursorEnd: cursor}
}
func (*echoLanguage) Inspect(code string, cursor, detail int) kernel.Inspection {
	return kernel.Inspection{Found: code != "", Data: map[string]any{"text/plain": "about " + code}}
}
func (*echoLanguage) IsComplete(code string) kernel.Completeness {
	if strings.HasSuffix(code, "{") {
		return kernel.Completeness{Status: "incomplete", Indent: "\t"}
	}
	return kernel.Completeness{Status: "complete"}
}
func (*echoLanguage) Shutdown(bool) {}

// startKernel runs a kernel with the echo language in this process and
// connects a client to it.
func startKernel(t testing.TB) (*client.Client, *echoLanguage) {
	t.Helper()
	return startKernelWith(t, client.Options{})
}

func startKernelWith(t testing.TB, opts client.Options) (*client.Client, *echoLanguage) {
	t.Helper()
	info, err := client.NewConnectionInfo("echo")
	if err != nil {
		t.Fatal(err)
	}
	return startKernelOn(t, info, opts)
}

// startKernelOn serves the echo language on info and connects to it.
func startKernelOn(t testing.TB, info *wire.ConnectionInfo, opts client.Options) (*client.Client, *echoLanguage) {
	t.Helper()
	return startKernelConfig(t, kernel.Config{Connection: info}, opts)
}

// startKernelConfig serves the echo language with cfg and connects to it.
func startKernelConfig(t testing.TB, cfg kernel.Config, opts client.Options) (*client.Client, *echoLanguage) {
	t.Helper()
	lang := &echoLanguage{}
	cfg.Interpreter = lang
	runKernel(t, cfg)
	dial, dialCancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer dialCancel()
	c, err := client.Connect(dial, cfg.Connection, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() }) // cleanups run last first: the client closes before the kernel stops
	return c, lang
}

// runKernel serves cfg, logging nowhere, until the test ends.
func runKernel(t testing.TB, cfg kernel.Config) {
	t.Helper()
	cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	k, err := kernel.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); k.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		<-done
	})
}

func timeout(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestKernelInfoOnShellAndControl(t *testing.T) {
	c, _ := startKernel(t)
	ctx := timeout(t)
	for _, channel := range []string{wire.Shell, wire.Control} {
		m, err := c.Request(ctx, channel, "kernel_info_request", struct{}{})
		if err != nil {
			t.Fatalf("%s: %v", channel, err)
		}
		var info wire.KernelInfoReply
		if err := m.DecodeContent(&info); err != nil {
			t.Fatal(err)
		}
		if info.ProtocolVersion != "5.4" || info.Implementation != "echo" || info.LanguageInfo.Name != "echo" || info.Status != "ok" {
			t.Errorf("%s: kernel_info_reply %+v", channel, info)
		}
	}
}

func TestExecuteBracketsAndCounts(t *testing.T) {
	c, _ := startKernel(t)
	ctx := timeout(t)
	ex, err := c.Execute(ctx, "print hello", client.ExecuteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, m := range ex.Messages {
		types = append(types, m.Header.MsgType)
	}
	want := "status execute_input stream status"
	if got := strings.Join(types, " "); got != want {
		t.Errorf("iopub messages %q, want %q", got, want)
	}
	if ex.Stdout() != "hello" || ex.Reply.Status != "ok" || ex.Reply.ExecutionCount != 1 {
		t.Errorf("stdout %q, reply %+v", ex.Stdout(), ex.Reply)
	}

	ex, _ = c.Execute(ctx, "result 42", client.ExecuteOptions{})
	if r := ex.Result(); r == nil || r.Data["text/plain"] != "42" || r.ExecutionCount != 2 {
		t.Errorf("execute_result %+v", r)
	}

	noStore := false
	ex, _ = c.Execute(ctx, "print x", client.ExecuteOptions{StoreHistory: &noStore})
	if ex.Reply.ExecutionCount != 2 {
		t.Errorf("store_history=false moved the count to %d", ex.Reply.ExecutionCount)
	}
	ex, _ = c.Execute(ctx, "print quiet", client.ExecuteOptions{Silent: true})
	for _, m := range ex.Messages {
		if m.Header.MsgType != "status" {
			t.Errorf("silent execution published %s", m.Header.MsgType)
		}
	}
}

func TestDisplayUpdateAndClear(t *testing.T) {
	c, _ := startKernel(t)
	ex, err := c.Execute(timeout(t), "display <b>x</b>", client.ExecuteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range ex.Outputs {
		got = append(got, o.MsgType)
	}
	if strings.Join(got, " ") != "display_data update_display_data clear_output" {
		t.Fatalf("outputs %v", got)
	}
	if id := ex.Outputs[1].Display.Transient; id == nil || id.DisplayID != "d1" {
		t.Errorf("update without display id: %+v", ex.Outputs[1].Display)
	}
	if !ex.Outputs[2].Clear.Wait {
		t.Error("clear_output lost wait=true")
	}
}

func TestErrorAbortsQueuedExecutes(t *testing.T) {
	c, _ := startKernel(t)
	ctx := timeout(t)
	first, err := c.StartExecute(ctx, "fail bad", client.ExecuteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	queued, err := c.StartExecute(ctx, "print after", client.ExecuteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ex, err := first.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if ex.Reply.Status != "error" || ex.Reply.EName != "Boom" || ex.Reply.EValue != "bad" {
		t.Errorf("error reply %+v", ex.Reply)
	}
	if f := ex.Failed(); f == nil || len(f.Traceback) == 0 {
		t.Errorf("no error output with a traceback: %+v", ex.Outputs)
	}
	ex2, err := queued.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The queued request may have reached the kernel after the abort
	// window; either way it must not run silently wrong.
	if ex2.Reply.Status != "aborted" && ex2.Stdout() != "after" {
		t.Errorf("queued execute: %+v", ex2.Reply)
	}
	stop := false
	ex3, _ := c.Execute(ctx, "fail again", client.ExecuteOptions{StopOnError: &stop})
	ex4, _ := c.Execute(ctx, "print next", client.ExecuteOptions{})
	if ex3.Reply.Status != "error" || ex4.Reply.Status != "ok" {
		t.Errorf("after stop_on_error=false: %+v then %+v", ex3.Reply, ex4.Reply)
	}
}

func TestControlIsServedWhileShellIsBusy(t *testing.T) {
	c, _ := startKernel(t)
	ctx := timeout(t)
	h, err := c.StartExecute(ctx, "block", client.ExecuteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Started(ctx); err != nil {
		t.Fatal(err)
	}
	// kernel_info on control is answered although the shell is stuck.
	if _, err := c.Request(ctx, wire.Control, "kernel_info_request", struct{}{}); err != nil {
		t.Fatalf("control while busy: %v", err)
	}
	if _, err := c.Ping(ctx); err != nil {
		t.Fatalf("heartbeat while busy: %v", err)
	}
	if _, err := c.Interrupt(ctx); err != nil {
		t.Fatal(err)
	}
	ex, err := h.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if ex.Reply.EName != "KeyboardInterrupt" {
		t.Errorf("interrupted cell replied %+v", ex.Reply)
	}
	if ex, _ := c.Execute(ctx, "print alive", client.ExecuteOptions{}); ex.Stdout() != "alive" {
		t.Error("kernel did not run the next cell after an interrupt")
	}
}

func TestStdin(t *testing.T) {
	c, _ := startKernel(t)
	ctx := timeout(t)
	var prompts []string
	ex, err := c.Execute(ctx, "input name?", client.ExecuteOptions{Input: func(_ context.Context, req wire.InputRequest) (string, error) {
		prompts = append(prompts, req.Prompt)
		return "gopher", nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	if ex.Stdout() != "got gopher" || len(prompts) != 1 || prompts[0] != "name?" {
		t.Errorf("stdout %q, prompts %q", ex.Stdout(), prompts)
	}
	ex, _ = c.Execute(ctx, "input name?", client.ExecuteOptions{})
	if f := ex.Failed(); f == nil || !strings.Contains(f.EValue, "allow_stdin is false") {
		t.Errorf("input without allow_stdin: %+v", f)
	}
}

func TestCompleteInspectIsComplete(t *testing.T) {
	c, _ := startKernel(t)
	ctx := timeout(t)
	comp, err := c.Complete(ctx, "fmé", 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(comp.Matches) != 1 || comp.Matches[0] != "fméx" || comp.CursorEnd != 3 {
		t.Errorf("complete_reply %+v", comp)
	}
	// a cursor past the end is clamped to the end, in runes
	if comp, _ := c.Complete(ctx, "fmé", 99); comp.CursorEnd != 3 {
		t.Errorf("cursor not clamped: %+v", comp)
	}
	in, err := c.Inspect(ctx, "Println", 3, 0)
	if err != nil || !in.Found || in.Data["text/plain"] != "about Println" {
		t.Errorf("inspect_reply %+v, %v", in, err)
	}
	ic, err := c.IsComplete(ctx, "func f() {")
	if err != nil || ic.Status != "incomplete" || ic.Indent != "\t" {
		t.Errorf("is_complete_reply %+v, %v", ic, err)
	}
	ic, _ = c.IsComplete(ctx, "x")
	if ic.Status != "complete" || ic.Indent != "" {
		t.Errorf("is_complete_reply %+v", ic)
	}
}

func TestHistory(t *testing.T) {
	c, _ := startKernel(t)
	ctx := timeout(t)
	for _, code := range []string{"print a", "result 7", "print a", "print b"} {
		if _, err := c.Execute(ctx, code, client.ExecuteOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		req  wire.HistoryRequest
		want string
	}{
		{"tail", wire.HistoryRequest{HistAccessType: "tail", N: 2}, "[[1 3 print a] [1 4 print b]]"},
		{"range", wire.HistoryRequest{HistAccessType: "range", Session: 0, Start: 2, Stop: 4}, "[[1 2 result 7] [1 3 print a]]"},
		{"range to end", wire.HistoryRequest{HistAccessType: "range", Start: 3}, "[[1 3 print a] [1 4 print b]]"},
		{"search", wire.HistoryRequest{HistAccessType: "search", Pattern: "print*"}, "[[1 1 print a] [1 3 print a] [1 4 print b]]"},
		{"search unique", wire.HistoryRequest{HistAccessType: "search", Pattern: "print*", Unique: true}, "[[1 3 print a] [1 4 print b]]"},
		{"search n", wire.HistoryRequest{HistAccessType: "search", Pattern: "*", N: 1}, "[[1 4 print b]]"},
		{"output", wire.HistoryRequest{HistAccessType: "range", Start: 2, Stop: 3, Output: true}, "[[1 2 [result 7 7]]]"},
		{"other session", wire.HistoryRequest{HistAccessType: "range", Session: 5, Start: 1}, "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reply, err := c.History(ctx, tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if got := fmt.Sprint(reply.History); got != tt.want {
				t.Errorf("history %s, want %s", got, tt.want)
			}
		})
	}
}

// With a history file, a restarted kernel is a new session that still
// answers for the earlier ones, as IPython's history database does.
func TestHistoryFileSpansRestarts(t *testing.T) {
	file := filepath.Join(t.TempDir(), "history.jsonl")
	session := func(codes ...string) *client.Client {
		info, err := client.NewConnectionInfo("echo")
		if err != nil {
			t.Fatal(err)
		}
		c, _ := startKernelConfig(t, kernel.Config{Connection: info, HistoryFile: file}, client.Options{})
		for _, code := range codes {
			if _, err := c.Execute(timeout(t), code, client.ExecuteOptions{}); err != nil {
				t.Fatal(err)
			}
		}
		return c
	}
	first := session("print one", "result 2")
	if _, err := first.Shutdown(timeout(t), false); err != nil {
		t.Fatal(err)
	}
	c := session("print three")
	ctx := timeout(t)
	tests := []struct {
		name string
		req  wire.HistoryRequest
		want string
	}{
		{"tail spans sessions", wire.HistoryRequest{HistAccessType: "tail", N: 3}, "[[1 1 print one] [1 2 result 2] [2 1 print three]]"},
		{"previous session", wire.HistoryRequest{HistAccessType: "range", Session: -1, Start: 1, Output: true}, "[[1 1 [print one <nil>]] [1 2 [result 2 2]]]"},
		{"current session", wire.HistoryRequest{HistAccessType: "range", Session: 0, Start: 1}, "[[2 1 print three]]"},
		{"search", wire.HistoryRequest{HistAccessType: "search", Pattern: "print*"}, "[[1 1 print one] [2 1 print three]]"},
	}
	for _, tt := range tests {
		reply, err := c.History(ctx, tt.req)
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(reply.History); got != tt.want {
			t.Errorf("%s: history %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestComms(t *testing.T) {
	var closed []string
	var mu sync.Mutex
	c, _ := startKernelWith(t, client.Options{Tap: func(channel string, m *wire.Message) {
		if m.Header.MsgType == "comm_close" {
			var cc wire.CommClose
			m.DecodeContent(&cc)
			mu.Lock()
			closed = append(closed, cc.CommID)
			mu.Unlock()
		}
	}})
	rctx := timeout(t)
	ci, err := c.CommInfo(rctx, "")
	if err != nil || ci.Status != "ok" || len(ci.Comms) != 0 {
		t.Errorf("comm_info_reply %+v, %v", ci, err)
	}
	m, _ := c.NewMessage("comm_open", wire.CommOpen{CommID: "c-1", TargetName: "nobody", Data: map[string]any{}})
	if err := c.SendMessage(rctx, wire.Shell, m); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		mu.Lock()
		n := len(closed)
		mu.Unlock()
		if n > 0 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(closed) != 1 || closed[0] != "c-1" {
		t.Errorf("comm_close for %v, want [c-1]", closed)
	}
}

// TestBadInputIsDropped feeds the kernel every kind of malformed message;
// each is dropped (logged), and the kernel answers the next request.
func TestBadInputIsDropped(t *testing.T) {
	c, _ := startKernel(t)
	ctx := timeout(t)
	good, _ := c.NewMessage("kernel_info_request", struct{}{})
	frames, _ := wire.Encode(good, c.Signer())
	otherKey, _ := wire.NewSigner("hmac-sha256", []byte("not the key"))
	badlySigned, _ := wire.Encode(good, otherKey)
	with := func(i int, b string) [][]byte {
		f := append([][]byte(nil), frames...)
		f[i] = []byte(b)
		return f
	}
	resigned := func(f [][]byte) [][]byte {
		f[1] = c.Signer().Sign([4][]byte{f[2], f[3], f[4], f[5]})
		return f
	}
	unknown, _ := c.NewMessage("no_such_request", struct{}{})
	unknownFrames, _ := wire.Encode(unknown, c.Signer())
	cases := map[string][][]byte{
		"bad hmac":          badlySigned,
		"missing signature": with(1, ""),
		"wrong frame count": frames[:4],
		"no delimiter":      {[]byte("hello")},
		"non-JSON header":   resigned(with(2, "not json")),
		"truncated header":  resigned(with(2, string(frames[2][:10]))),
		"content not JSON":  resigned(with(5, "{")),
		"unknown msg_type":  unknownFrames,
	}
	for name, f := range cases {
		if err := c.SendFrames(ctx, wire.Shell, f); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	for _, channel := range []string{wire.Shell, wire.Control} {
		if _, err := c.Request(ctx, channel, "kernel_info_request", struct{}{}); err != nil {
			t.Fatalf("kernel stopped answering on %s after bad input: %v", channel, err)
		}
	}
}

func TestStreamFloodIsCoalesced(t *testing.T) {
	c, _ := startKernel(t)
	ex, err := c.Execute(timeout(t), "flood", client.ExecuteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(ex.Stdout()); got != 100000*len("line\n") {
		t.Fatalf("got %d bytes of output", got)
	}
	if n := len(ex.Outputs); n > 100 {
		t.Errorf("100,000 writes became %d stream messages; want them coalesced", n)
	}
}

func TestOutputAfterTheCellEndedKeepsItsParent(t *testing.T) {
	late := make(chan string, 1)
	c, lang := startKernelWith(t, client.Options{Tap: func(channel string, m *wire.Message) {
		var st wire.Stream
		if m.Header.MsgType == "stream" && m.DecodeContent(&st) == nil && st.Text == "late" {
			late <- m.Parent().MsgID
		}
	}})
	ctx := timeout(t)
	first, _ := c.Execute(ctx, "print one", client.ExecuteOptions{})
	lang.mu.Lock()
	cell := lang.lastCell // the first cell's output, kept by a "goroutine"
	lang.mu.Unlock()
	h, _ := c.StartExecute(ctx, "block", client.ExecuteOptions{})
	cell.Stream("stdout", "late") // written while another cell runs
	select {
	case parent := <-late:
		if parent != first.Request.Header.MsgID {
			t.Errorf("late output published under %s, want the first cell %s", parent, first.Request.Header.MsgID)
		}
	case <-ctx.Done():
		t.Fatal("late output never published")
	}
	c.Interrupt(ctx)
	h.Wait(ctx)
}

func TestShutdown(t *testing.T) {
	info, _ := client.NewConnectionInfo("echo")
	k, err := kernel.New(kernel.Config{Connection: info, Interpreter: &echoLanguage{}, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	result := make(chan bool, 1)
	go func() {
		restart, _ := k.Run(context.Background())
		result <- restart
	}()
	c, err := client.Connect(timeout(t), info, client.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	reply, err := c.Shutdown(timeout(t), true)
	if err != nil || reply.Status != "ok" || !reply.Restart {
		t.Fatalf("shutdown_reply %+v, %v", reply, err)
	}
	select {
	case restart := <-result:
		if !restart {
			t.Error("Run did not report the restart")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("kernel did not stop after shutdown_request")
	}
}

func TestPortInUse(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	info, _ := client.NewConnectionInfo("echo")
	info.ShellPort = l.Addr().(*net.TCPAddr).Port
	_, err = kernel.New(kernel.Config{Connection: info, Interpreter: &echoLanguage{}})
	if err == nil || !strings.Contains(err.Error(), "shell") || !strings.Contains(err.Error(), fmt.Sprint(info.ShellPort)) {
		t.Errorf("binding a used port: %v", err)
	}
	if err != nil && errors.Unwrap(err) == nil {
		t.Errorf("error does not wrap its cause: %v", err)
	}
}

func TestIPCTransport(t *testing.T) {
	info, err := client.NewConnectionInfo("echo")
	if err != nil {
		t.Fatal(err)
	}
	info.Transport, info.IP = "ipc", filepath.Join(t.TempDir(), "kernel")
	for i, p := range []*int{&info.ShellPort, &info.IOPubPort, &info.StdinPort, &info.ControlPort, &info.HBPort} {
		*p = i + 1
	}
	c, _ := startKernelOn(t, info, client.Options{})
	ex, err := c.Execute(timeout(t), "print over ipc", client.ExecuteOptions{})
	if err != nil || ex.Stdout() != "over ipc" {
		t.Errorf("execute over ipc: %q, %v", ex.Stdout(), err)
	}
}
