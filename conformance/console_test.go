package conformance_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/testkit"
)

// consoleTimeout bounds a whole console session: kernel start, a few
// cells, shutdown.
const consoleTimeout = 2 * time.Minute

// TestJupyterConsole types cells into jupyter console, the terminal front
// end, and reads its transcript. The simple prompt reads one line per cell
// (it does not do multi-line input), so every cell here is one line. The
// session ends with "exit", which the console leaves to the kernel: gogil
// answers it with the ask_exit payload, as IPython's kernel does.
func TestJupyterConsole(t *testing.T) {
	python := testkit.RequireJupyter(t, "jupyter_console")
	jupyter := testkit.NewJupyter(t, testkit.Binary(t))
	t.Cleanup(func() { killKernelsUsing(t, jupyter.RuntimeDir) })

	input := strings.Join([]string{
		`x := 6*7`,
		`fmt.Println("printed", x)`,
		`x`,
		`var m map[string]int; m["k"] = 1`,
		`x + 1`,
		`fmt.Fprintln(os.Stderr, "on stderr")`,
		`strings.ToUpper?`,
		`exit`,
		`fmt.Println("still running after exit")`,
	}, "\n") + "\n"

	ctx, cancel := context.WithTimeout(context.Background(), consoleTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, python, "-m", "jupyter_console",
		"--kernel", "gogil", "--simple-prompt",
		"--ZMQTerminalInteractiveShell.kernel_timeout=60")
	cmd.Env = jupyter.Env
	cmd.Stdin = strings.NewReader(input)
	cmd.WaitDelay = 10 * time.Second
	out, err := cmd.CombinedOutput()
	transcript := string(out)
	if ctx.Err() != nil {
		t.Fatalf("jupyter console did not finish within %v:\n%s", consoleTimeout, transcript)
	}
	if err != nil {
		t.Fatalf("jupyter console: %v\n%s", err, transcript)
	}

	// The banner is the kernel_info_reply's; the rest is what each cell
	// printed, with the console's prompts in between.
	for _, want := range []string{
		"gogil",
		"printed 42\n",
		"Out[3]: 42\n",
		"panic: assignment to entry in nil map",
		"Out[5]: 43\n",
		"on stderr\n",
		"func ToUpper(s string) string", // the pager payload of "strings.ToUpper?"
		"Shutting down kernel",
	} {
		if !strings.Contains(transcript, want) {
			t.Errorf("the console transcript lacks %q:\n%s", want, transcript)
		}
	}
	if strings.Contains(transcript, "still running after exit") {
		t.Errorf("exit did not end the console:\n%s", transcript)
	}
	if pids := kernelsUsing(jupyter.RuntimeDir); len(pids) > 0 {
		t.Errorf("kernel processes %v still run after the console exited", pids)
	}
}

// kernelsUsing lists the processes whose command line mentions dir: the
// kernels Jupyter started with a connection file there. It reads /proc,
// so elsewhere than Linux it finds nothing.
func kernelsUsing(dir string) []int {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	var pids []int
	for _, entry := range entries {
		pid, err := strconv.Atoi(entry.Name())
		if err != nil {
			continue
		}
		cmdline, err := os.ReadFile(filepath.Join("/proc", entry.Name(), "cmdline"))
		if err != nil {
			continue
		}
		args := strings.Split(string(cmdline), "\x00")
		if len(args) > 1 && args[1] == "kernel" && strings.Contains(string(cmdline), dir) {
			pids = append(pids, pid)
		}
	}
	return pids
}

// killKernelsUsing kills, by pid, kernels a failed test left behind; they
// were started for this test's private runtime directory, so nothing else
// owns them.
func killKernelsUsing(t *testing.T, dir string) {
	for _, pid := range kernelsUsing(dir) {
		t.Logf("killing leftover kernel %d", pid)
		syscall.Kill(pid, syscall.SIGKILL)
	}
}
