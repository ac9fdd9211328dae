package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/client"
	"github.com/gogil/gogil/internal/testkit"
	"github.com/gogil/gogil/kernel/wire"
)

func TestMain(m *testing.M) {
	code := m.Run()
	testkit.Cleanup()
	os.Exit(code)
}

// launch starts the real gogil binary as a kernel and connects to it.
func launch(t *testing.T, env ...string) *client.Client {
	t.Helper()
	bin := testkit.Binary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var logs testkit.Buffer
	c, err := client.Launch(ctx, []string{bin, "kernel", "{connection_file}"}, client.Options{KernelOutput: &logs, Env: env})
	if err != nil {
		t.Fatalf("launch: %v\nkernel log:\n%s", err, logs.String())
	}
	t.Cleanup(func() {
		sctx, scancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer scancel()
		c.Shutdown(sctx, false)
		c.Close()
	})
	return c
}

func deadline(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// run executes code and fails the test if the request itself fails.
func run(t *testing.T, c *client.Client, code string) *client.Execution {
	t.Helper()
	ex, err := c.Execute(deadline(t, 60*time.Second), code, client.ExecuteOptions{})
	if err != nil {
		t.Fatalf("executing %q: %v", code, err)
	}
	return ex
}

// mustRun executes code and fails the test if the cell fails.
func mustRun(t *testing.T, c *client.Client, code string) *client.Execution {
	t.Helper()
	ex := run(t, c, code)
	if f := ex.Failed(); f != nil {
		t.Fatalf("cell %q failed: %s: %s\n%s", code, f.EName, f.EValue, strings.Join(f.Traceback, "\n"))
	}
	return ex
}

func resultText(ex *client.Execution) string {
	if r := ex.Result(); r != nil {
		s, _ := r.Data["text/plain"].(string)
		return s
	}
	return ""
}

func TestKernelInfo(t *testing.T) {
	c := launch(t)
	info, err := c.KernelInfo(deadline(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	li := info.LanguageInfo
	if info.Implementation != "gogil" || info.ProtocolVersion != "5.4" || li.Name != "go" ||
		li.MIMEType != "text/x-go" || li.FileExtension != ".go" || li.PygmentsLexer != "go" ||
		li.CodeMirrorMode != "go" || li.Version == "" || info.Banner == "" || len(info.HelpLinks) == 0 {
		t.Errorf("kernel_info_reply: %+v", info)
	}
}

func TestCellsKeepState(t *testing.T) {
	c := launch(t)
	mustRun(t, c, "x := 20")
	mustRun(t, c, "func double(n int) int { return 2 * n }")
	// a cell mixing an import, a declaration and statements, in any order
	ex := mustRun(t, c, "import \"strings\"\ny := double(x) + 2\nfunc shout(s string) string { return strings.ToUpper(s) + \"!\" }\nfmt.Println(shout(\"go\"), y)")
	if got := ex.Stdout(); got != "GO! 42\n" {
		t.Errorf("stdout %q", got)
	}
	mustRun(t, c, "func double(n int) int { return 3 * n }") // redefinition: the later wins
	if got := resultText(mustRun(t, c, "double(2)")); got != "6" {
		t.Errorf("redefined function gives %q", got)
	}
	mustRun(t, c, "import \"fmt\"") // importing again is no error
	if got := resultText(mustRun(t, c, "6*7")); got != "42" {
		t.Errorf("6*7 shows %q", got)
	}
}

func TestStreamsArriveWhileTheCellRuns(t *testing.T) {
	c := launch(t)
	var firstOutput time.Time
	ex, err := c.Execute(deadline(t, 30*time.Second),
		"fmt.Println(\"early\")\nfmt.Fprintln(os.Stderr, \"to stderr\")\ntime.Sleep(1500 * time.Millisecond)\nfmt.Println(\"late\")",
		client.ExecuteOptions{OnOutput: func(o client.Output) {
			if firstOutput.IsZero() && o.Stream != nil {
				firstOutput = time.Now()
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	if ex.Stdout() != "early\nlate\n" || ex.Stderr() != "to stderr\n" {
		t.Errorf("stdout %q stderr %q", ex.Stdout(), ex.Stderr())
	}
	if firstOutput.IsZero() || ex.Finished.Sub(firstOutput) < 500*time.Millisecond {
		t.Errorf("first output came %v before the end; want it while the cell slept", ex.Finished.Sub(firstOutput))
	}
}

// TestLogsAndPrintReachTheCell: log's and slog's defaults and the print
// builtins write on the cell's stderr stream, as go run writes them on its
// stderr (they went to the kernel's own stderr, or onto stdout).
func TestLogsAndPrintReachTheCell(t *testing.T) {
	c := launch(t)
	ex := mustRun(t, c, "import (\n\t\"log\"\n\t\"log/slog\"\n)\nlog.SetFlags(0)\nlog.Default().Print(\"from log\")\nslog.Info(\"from slog\", \"n\", 1)\nprintln(\"from\", \"println\")\nfmt.Println(\"stdout\")")
	if ex.Stdout() != "stdout\n" || ex.Stderr() != "from log\nINFO from slog n=1\nfrom println\n" {
		t.Errorf("stdout %q stderr %q", ex.Stdout(), ex.Stderr())
	}
}

func TestDisplay(t *testing.T) {
	c := launch(t)
	ex := mustRun(t, c, `display.HTML("<b>hi</b>")`)
	found := false
	for _, o := range ex.Outputs {
		if o.Display != nil && o.Display.Data["text/html"] == "<b>hi</b>" {
			found = true
		}
	}
	if !found {
		t.Errorf("no text/html display_data in %+v", ex.Outputs)
	}
	ex = mustRun(t, c, `display.ClearOutput()`)
	found = false
	for _, o := range ex.Outputs {
		found = found || o.Clear != nil
	}
	if !found {
		t.Error("display.ClearOutput() published no clear_output")
	}
}

func TestErrors(t *testing.T) {
	c := launch(t)
	tests := []struct {
		name, code string
		ename      string
		contains   []string
	}{
		{"syntax error points at the cell", "x := 1\ny := )", "", []string{"2:"}},
		{"type error points at the cell", "a := 1\nvar b string = a", "", []string{"2:"}},
		{"panic shows the call chain", "func inner() { panic(\"boom\") }\nfunc outer() { inner() }\nouter()", "", []string{"boom", "inner"}},
		{"os.Exit does not end the kernel", "os.Exit(3)", "", []string{"3"}},
		{"log.Fatal does not end the kernel", "import \"log\"\nlog.Fatal(\"fatal!\")", "", []string{"fatal!"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := run(t, c, tt.code)
			f := ex.Failed()
			if f == nil {
				t.Fatalf("cell did not fail: %+v", ex.Reply)
			}
			text := f.EName + ": " + f.EValue + "\n" + strings.Join(f.Traceback, "\n")
			for _, want := range tt.contains {
				if !strings.Contains(text, want) {
					t.Errorf("error does not mention %q:\n%s", want, text)
				}
			}
			if got := resultText(mustRun(t, c, "1+1")); got != "2" {
				t.Errorf("next cell gives %q", got)
			}
		})
	}
}

func TestGoroutinePanicKeepsTheKernel(t *testing.T) {
	c := launch(t)
	ex := run(t, c, "done := make(chan bool)\ngo func() { defer close(done); panic(\"in a goroutine\") }()\n<-done\ntime.Sleep(100 * time.Millisecond)")
	all := ex.Stderr() + ex.Stdout()
	if f := ex.Failed(); f != nil {
		all += f.EValue + strings.Join(f.Traceback, "\n")
	}
	if !strings.Contains(all, "in a goroutine") {
		t.Errorf("the goroutine's panic was not reported: %q", all)
	}
	if got := resultText(mustRun(t, c, "40+2")); got != "42" {
		t.Errorf("kernel after a goroutine panic: %q", got)
	}
}

func TestGoroutineOutputAfterItsCellEnded(t *testing.T) {
	late := make(chan string, 4)
	bin := testkit.Binary(t)
	ctx := deadline(t, 60*time.Second)
	c, err := client.Launch(ctx, []string{bin, "kernel", "{connection_file}"}, client.Options{Tap: func(channel string, m *wire.Message) {
		var st wire.Stream
		if m.Header.MsgType == "stream" && m.DecodeContent(&st) == nil && strings.Contains(st.Text, "from the goroutine") {
			late <- m.Parent().MsgID
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	first := mustRun(t, c, "go func() { time.Sleep(300 * time.Millisecond); fmt.Println(\"from the goroutine\") }()")
	select {
	case parent := <-late:
		if parent != first.Request.Header.MsgID {
			t.Errorf("goroutine output went to %s, not to the cell that started it (%s)", parent, first.Request.Header.MsgID)
		}
	case <-ctx.Done():
		t.Fatal("goroutine output never arrived")
	}
}

// interrupted starts code, waits until the kernel has begun it and a
// little more (settle), interrupts it with interrupt, and returns the
// execution, which must have ended with KeyboardInterrupt.
func interrupted(t *testing.T, c *client.Client, code string, settle time.Duration, interrupt func(ctx context.Context) error) *client.Execution {
	t.Helper()
	ctx := deadline(t, 60*time.Second)
	h, err := c.StartExecute(ctx, code, client.ExecuteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Started(ctx); err != nil {
		t.Fatal(err)
	}
	time.Sleep(settle) // inside the code by now
	if err := interrupt(ctx); err != nil {
		t.Fatal(err)
	}
	ex, err := h.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if f := ex.Failed(); f == nil || f.EName != "KeyboardInterrupt" {
		t.Fatalf("interrupted cell %q: %+v", code, ex.Reply)
	}
	return ex
}

// byMessage interrupts with an interrupt_request on the control channel.
func byMessage(c *client.Client) func(ctx context.Context) error {
	return func(ctx context.Context) error {
		_, err := c.Interrupt(ctx)
		return err
	}
}

func TestInterruptInfiniteLoop(t *testing.T) {
	c := launch(t)
	mustRun(t, c, "kept := 7")
	start := time.Now()
	interrupted(t, c, "for {}", 300*time.Millisecond, byMessage(c))
	t.Logf("interrupt took %v", time.Since(start)-300*time.Millisecond)
	if got := resultText(mustRun(t, c, "kept")); got != "7" {
		t.Errorf("state after interrupt: %q", got)
	}
}

func TestSIGINTInterrupts(t *testing.T) {
	c := launch(t)
	interrupted(t, c, "for i := 0; ; i++ {}", 300*time.Millisecond, func(context.Context) error {
		return syscall.Kill(c.PID(), syscall.SIGINT)
	})
	mustRun(t, c, "1")
}

func TestStdin(t *testing.T) {
	c := launch(t)
	ex, err := c.Execute(deadline(t, 30*time.Second), "var name string\nfmt.Scanln(&name)\nfmt.Println(\"hello\", name)",
		client.ExecuteOptions{Input: func(context.Context, wire.InputRequest) (string, error) { return "gopher", nil }})
	if err != nil {
		t.Fatal(err)
	}
	if ex.Stdout() != "hello gopher\n" || len(ex.Inputs) != 1 {
		t.Errorf("stdout %q after %d input requests", ex.Stdout(), len(ex.Inputs))
	}
	ex, err = c.Execute(deadline(t, 30*time.Second), "import \"bufio\"\ns := bufio.NewScanner(os.Stdin)\ns.Scan()\nfmt.Println(\"read:\", s.Text())",
		client.ExecuteOptions{Input: func(context.Context, wire.InputRequest) (string, error) { return "a line", nil }})
	if err != nil {
		t.Fatal(err)
	}
	if ex.Stdout() != "read: a line\n" {
		t.Errorf("bufio stdout %q", ex.Stdout())
	}
	ex = run(t, c, "var n int\n_, err := fmt.Scanln(&n)\nfmt.Println(err)")
	if !strings.Contains(ex.Stdout()+ex.Stderr(), "stdin") {
		t.Errorf("reading stdin without allow_stdin: stdout %q stderr %q", ex.Stdout(), ex.Stderr())
	}
}

func TestCompleteAndInspect(t *testing.T) {
	c := launch(t)
	ctx := deadline(t, 30*time.Second)
	comp, err := c.Complete(ctx, "fmt.Prin", 8)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"Print": false, "Printf": false, "Println": false}
	for _, m := range comp.Matches {
		if _, ok := want[m]; ok {
			want[m] = true
		}
	}
	for m, ok := range want {
		if !ok {
			t.Errorf("completion of fmt.Prin lacks %s: %v", m, comp.Matches)
		}
	}
	if comp.CursorStart != 4 || comp.CursorEnd != 8 {
		t.Errorf("cursor_start %d cursor_end %d, want 4 and 8", comp.CursorStart, comp.CursorEnd)
	}
	mustRun(t, c, "func myHelper() {}")
	comp, _ = c.Complete(ctx, "myH", 3)
	if len(comp.Matches) == 0 || comp.Matches[0] != "myHelper" {
		t.Errorf("completion of a cell's own function: %v", comp.Matches)
	}
	in, err := c.Inspect(ctx, "fmt.Println", 6, 0)
	if err != nil {
		t.Fatal(err)
	}
	text, _ := in.Data["text/plain"].(string)
	if !in.Found || !strings.Contains(text, "Println") {
		t.Errorf("inspect fmt.Println: found %v, %q", in.Found, text)
	}
	if in, _ := c.Inspect(ctx, "nosuchthing", 3, 0); in.Found {
		t.Error("inspect found an unknown name")
	}
}

func TestIsComplete(t *testing.T) {
	c := launch(t)
	ctx := deadline(t, 30*time.Second)
	for code, want := range map[string]string{
		"x := 1":             "complete",
		"func f() {":         "incomplete",
		"x := )":             "invalid",
		"s := `raw":          "incomplete",
		"%%time\nx := 1":     "incomplete", // IPython too: a blank last line ends a cell magic's body
		"%%time\nx := 1\n\n": "complete",
	} {
		r, err := c.IsComplete(ctx, code)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != want {
			t.Errorf("is_complete(%q) = %s, want %s", code, r.Status, want)
		}
		if want == "incomplete" && r.Status == "incomplete" && r.Indent == "" && strings.HasSuffix(code, "{") {
			t.Errorf("is_complete(%q) gave no indent", code)
		}
	}
}

func TestHugeAndInvalidCode(t *testing.T) {
	c := launch(t)
	huge := "x := 1\n// " + strings.Repeat("a", 50<<20) + "\n"
	ex, err := c.Execute(deadline(t, 120*time.Second), huge, client.ExecuteOptions{})
	if err != nil {
		t.Fatalf("50 MB cell: %v", err)
	}
	t.Logf("50 MB cell: status %s", ex.Reply.Status)
	bad := "fmt.Println(\"\xff\xfe\")"
	ex = run(t, c, bad)
	t.Logf("invalid UTF-8: status %s", ex.Reply.Status)
	if got := resultText(mustRun(t, c, "2+3")); got != "5" {
		t.Errorf("after bad cells: %q", got)
	}
}

func TestBadConnectionFiles(t *testing.T) {
	bin := testkit.Binary(t)
	dir := t.TempDir()
	malformed := filepath.Join(dir, "malformed.json")
	os.WriteFile(malformed, []byte("{not json"), 0o600)
	unreadable := filepath.Join(dir, "unreadable.json")
	os.WriteFile(unreadable, []byte("{}"), 0o000)
	missing := filepath.Join(dir, "missing.json")
	for _, path := range []string{missing, malformed} {
		out, err := exec.Command(bin, "kernel", path).CombinedOutput()
		if err == nil {
			t.Errorf("kernel %s exited 0", path)
		}
		if !strings.Contains(string(out), path) {
			t.Errorf("error for %s does not name the file: %s", path, out)
		}
	}
	if os.Geteuid() != 0 { // root reads any file
		out, err := exec.Command(bin, "kernel", unreadable).CombinedOutput()
		if err == nil || !strings.Contains(string(out), unreadable) {
			t.Errorf("unreadable file: %v %s", err, out)
		}
	}
}

func TestPortsInUse(t *testing.T) {
	c := launch(t)
	bin := testkit.Binary(t)
	out, err := exec.Command(bin, "kernel", c.ConnectionFile()).CombinedOutput()
	if err == nil {
		t.Fatal("a second kernel on the same ports exited 0")
	}
	if !strings.Contains(string(out), "cannot bind") {
		t.Errorf("ports in use: %s", out)
	}
}

func TestCommandLine(t *testing.T) {
	bin := testkit.Binary(t)
	out, err := exec.Command(bin).CombinedOutput()
	if err == nil || !strings.Contains(string(out), "usage") {
		t.Errorf("gogil with no arguments: %v %s", err, out)
	}
	out, err = exec.Command(bin, "version").CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "gogil ") {
		t.Errorf("gogil version: %v %s", err, out)
	}
	prefix := t.TempDir()
	out, err = exec.Command(bin, "install", "--prefix", prefix).CombinedOutput()
	if err != nil {
		t.Fatalf("install: %v %s", err, out)
	}
	kdir := filepath.Join(prefix, "share", "jupyter", "kernels", "gogil")
	for _, f := range []string{"kernel.json", "logo-32x32.png", "logo-64x64.png", "logo-svg.svg"} {
		if _, err := os.Stat(filepath.Join(kdir, f)); err != nil {
			t.Errorf("install did not write %s: %v", f, err)
		}
	}
	if out, err := exec.Command(bin, "uninstall", "--prefix", prefix).CombinedOutput(); err != nil {
		t.Errorf("uninstall: %v %s", err, out)
	}
	if _, err := os.Stat(kdir); !os.IsNotExist(err) {
		t.Errorf("uninstall left %s", kdir)
	}
}

func TestMagics(t *testing.T) {
	c := launch(t)
	ex := mustRun(t, c, "%%time\nfmt.Println(\"inside\")\n6*7")
	out := ex.Stdout()
	if !strings.HasPrefix(out, "inside\nCPU times: user ") || !strings.Contains(out, "\nWall time: ") {
		t.Errorf("%%%%time output %q", out)
	}
	if resultText(ex) != "42" {
		t.Errorf("%%%%time lost the trailing value: %q", resultText(ex))
	}
	if got := mustRun(t, c, "%lsmagic").Stdout(); !strings.Contains(got, "%%time") || !strings.Contains(got, "%lsmagic") {
		t.Errorf("%%lsmagic lists %q", got)
	}
	for _, bad := range []string{"%%nosuch\n1", "%%time\n", "%%time extra\n1", "%%\n1"} {
		f := run(t, c, bad).Failed()
		if f == nil || f.EName != "UsageError" {
			t.Errorf("%q: %+v", bad, f)
		}
	}
	if f := run(t, c, "%%nosuch\n1").Failed(); f == nil || !strings.Contains(strings.Join(f.Traceback, "\n"), "%%time") {
		t.Errorf("unknown magic does not list the magics: %+v", f)
	}
	// a compile error under a magic still points at the cell's own line
	f := run(t, c, "%%time\nx := 1\ny := )").Failed()
	if f == nil || !strings.Contains(f.EValue+strings.Join(f.Traceback, "\n"), "3:") {
		t.Errorf("error line under a magic: %+v", f)
	}
}

// The very first cell of a kernel, blocked on a channel, stops at an
// interrupt and does not hold the next cell back.
func TestInterruptFirstCellBlockedOnAChannel(t *testing.T) {
	c := launch(t)
	interrupted(t, c, "never := make(chan int)\n<-never", 200*time.Millisecond, byMessage(c))
	next := mustRun(t, c, "fmt.Println(\"next\")")
	if next.Stdout() != "next\n" || next.Stderr() != "" {
		t.Errorf("next cell: stdout %q, stderr %q", next.Stdout(), next.Stderr())
	}
}

func TestInterruptSleep(t *testing.T) {
	c := launch(t)
	// An hour: if the next cell waited for the sleep, its deadline would
	// end the test long before.
	interrupted(t, c, "fmt.Println(\"sleeping\")\ntime.Sleep(time.Hour)", 500*time.Millisecond, byMessage(c))
	if got := resultText(mustRun(t, c, "1+1")); got != "2" {
		t.Errorf("next cell: %q", got)
	}
}

func TestEmptyPanicValueKeepsTheErrorFields(t *testing.T) {
	c := launch(t)
	ex := run(t, c, `panic("")`)
	var content map[string]any
	for _, m := range ex.Messages {
		if m.Header.MsgType == "error" {
			m.DecodeContent(&content)
		}
	}
	for _, key := range []string{"ename", "evalue", "traceback"} {
		if _, ok := content[key]; !ok {
			t.Errorf("error message lacks %q: %v", key, content)
		}
	}
	var reply map[string]any
	mustRun(t, c, "1")
	ok := run(t, c, "x := 2")
	ok.ReplyMessage.DecodeContent(&reply)
	for _, key := range []string{"user_expressions", "payload"} {
		if _, present := reply[key]; !present {
			t.Errorf("execute_reply lacks %q: %v", key, reply)
		}
	}
}

func TestGoroutineOutputWhileAnotherCellRuns(t *testing.T) {
	late := make(chan string, 4)
	bin := testkit.Binary(t)
	ctx := deadline(t, 60*time.Second)
	c, err := client.Launch(ctx, []string{bin, "kernel", "{connection_file}"}, client.Options{Tap: func(channel string, m *wire.Message) {
		var st wire.Stream
		if m.Header.MsgType == "stream" && m.DecodeContent(&st) == nil && strings.Contains(st.Text, "from the first cell's goroutine") {
			late <- m.Parent().MsgID
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	first := mustRun(t, c, "release := make(chan bool)\ngo func() { <-release; fmt.Println(\"from the first cell's goroutine\") }()")
	// The second cell lets the first cell's goroutine print while it runs.
	second := mustRun(t, c, "close(release)\ntime.Sleep(300 * time.Millisecond)")
	select {
	case parent := <-late:
		if parent != first.Request.Header.MsgID {
			t.Errorf("the goroutine's output went to %s (the second cell is %s), not to the cell that started it (%s)",
				parent, second.Request.Header.MsgID, first.Request.Header.MsgID)
		}
	case <-ctx.Done():
		t.Fatal("goroutine output never arrived")
	}
	// Printing still calls the String method of a cell's own type.
	ex := mustRun(t, c, "type tee struct{}\nfunc (tee) String() string { return \"tee!\" }\nfmt.Println(tee{})\ngo func() { fmt.Printf(\"%v\\n\", tee{}) }()\ntime.Sleep(100 * time.Millisecond)")
	if got := ex.Stdout(); got != "tee!\ntee!\n" {
		t.Errorf("Stringer through the routed prints: %q", got)
	}
}

// The kernel keeps history in its history file, so a frontend that asks
// after a restart (jupyter console fills its up-arrow history this way)
// still finds the cells of earlier sessions.
func TestHistoryAfterRestart(t *testing.T) {
	env := testkit.HistoryEnv + "=" + filepath.Join(t.TempDir(), "history.jsonl")
	first := launch(t, env)
	mustRun(t, first, "answer := 42")
	mustRun(t, first, "answer")
	ctx := deadline(t, 30*time.Second)
	if _, err := first.Shutdown(ctx, false); err != nil {
		t.Fatal(err)
	}
	second := launch(t, env)
	mustRun(t, second, "answer := 43")
	reply, err := second.History(ctx, wire.HistoryRequest{HistAccessType: "tail", N: 10, Output: true})
	if err != nil {
		t.Fatal(err)
	}
	want := "[[1 1 [answer := 42 <nil>]] [1 2 [answer 42]] [2 1 [answer := 43 <nil>]]]"
	if got := fmt.Sprint(reply.History); got != want {
		t.Errorf("history after a restart:\n got %s\nwant %s", got, want)
	}
}

// A kernel whose starter is gone (a front end killed with SIGKILL, say)
// ends itself, as ipykernel does when JPY_PARENT_PID is set, instead of
// living on as an orphan.
func TestKernelEndsWithItsParent(t *testing.T) {
	bin := testkit.Binary(t)
	info, err := client.NewConnectionInfo("gogil")
	if err != nil {
		t.Fatal(err)
	}
	conn := filepath.Join(t.TempDir(), "kernel.json")
	if err := client.WriteConnectionFile(conn, info); err != nil {
		t.Fatal(err)
	}
	// sh starts the kernel in the background and exits at once.
	out, err := exec.Command("sh", "-c", `JPY_PARENT_PID=$$ "$0" kernel "$1" >/dev/null 2>&1 & echo $!`, bin, conn).Output()
	if err != nil {
		t.Fatal(err)
	}
	var pid int
	if _, err := fmt.Sscan(string(out), &pid); err != nil {
		t.Fatalf("sh printed %q: %v", out, err)
	}
	t.Cleanup(func() { syscall.Kill(pid, syscall.SIGKILL) })
	deadline := time.Now().Add(30 * time.Second)
	for running(pid) {
		if time.Now().After(deadline) {
			t.Fatalf("the orphaned kernel (pid %d) still runs after 30 s", pid)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// running reports whether process pid exists and is not a zombie (an
// orphan that exited stays one until the init process reaps it).
func running(pid int) bool {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	// "pid (comm) S ...": the state follows the last ')'.
	rest := string(stat[strings.LastIndexByte(string(stat), ')')+1:])
	fields := strings.Fields(rest)
	return len(fields) > 0 && fields[0] != "Z"
}
