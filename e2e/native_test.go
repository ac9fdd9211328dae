package e2e

import (
	"strings"
	"testing"
)

// %%native through the built binary: the plugin is built with the binary's
// own toolchain and flags and loaded into the kernel process.

const nativeCells = `%%native
func fibonacci(n uint64) uint64 {
	if n <= 1 {
		return n
	}
	var a, b uint64 = 0, 1
	c := a + b
	for i := uint64(2); i < n; i++ {
		a = b
		b = c
		c = a + b
	}
	return c
}

// the article's cell 8: with nogil inside with nogil
func cythonRecurse(n int) int {
	if n <= 0 {
		return 0
	}
	state := gil.SaveThread()
	defer gil.RestoreThread(state)
	return cythonRecurse(n - 1)
}
`

const numbaCell = `%%native nogil
func numbaRecurse(n int) int {
	if n <= 0 {
		if gil.Held() {
			return -1
		}
		return 0
	}
	return numbaRecurse(n - 1)
}
`

func TestNativeCellsThroughTheBinary(t *testing.T) {
	cache := "GOGIL_NATIVE_CACHE=" + t.TempDir()
	c := launch(t, cache)
	if out := mustRun(t, c, nativeCells).Stdout(); !strings.Contains(out, "%%native: built in") {
		t.Errorf("the cell printed %q", out)
	}
	mustRun(t, c, numbaCell)
	if got := resultText(mustRun(t, c, "fibonacci(90)")); got != "2880067194370816120" {
		t.Errorf("fibonacci(90) = %q", got)
	}
	if got := resultText(mustRun(t, c, "%%gil\nnumbaRecurse(3)")); got != "0" {
		t.Errorf("numbaRecurse(3) under the lock = %q", got)
	}
	f := run(t, c, "%%gil\ncythonRecurse(2)").Failed()
	if f == nil || !strings.Contains(f.EValue+strings.Join(f.Traceback, "\n"), "Fatal Python error: PyEval_SaveThread: NULL tstate") {
		t.Fatalf("cell 8 in compiled code: %+v", f)
	}
	if got := resultText(mustRun(t, c, "%%gil\ngil.Held()")); got != "true" {
		t.Errorf("after the fatal error: %q", got)
	}

	// Another kernel sharing the cache builds nothing.
	other := launch(t, cache)
	if out := mustRun(t, other, nativeCells).Stdout(); !strings.Contains(out, "%%native: cached in") {
		t.Errorf("the same cell in another kernel printed %q, want a cache hit", out)
	}
	if got := resultText(mustRun(t, other, "fibonacci(10)")); got != "55" {
		t.Errorf("fibonacci(10) from the cache = %q", got)
	}
}

func TestNativeWithoutGoInPath(t *testing.T) {
	c := launch(t, "PATH="+t.TempDir())
	f := run(t, c, "%%native\nfunc f() int { return 1 }").Failed()
	if f == nil || f.EName != "ToolchainError" || !strings.Contains(f.EValue, "`go` is not in PATH") {
		t.Fatalf("without go: %+v", f)
	}
	if got := resultText(mustRun(t, c, "1 + 1")); got != "2" {
		t.Errorf("plain cells without go: %q", got)
	}
}
