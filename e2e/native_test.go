package e2e

import (
	"strings"
	"testing"

	"github.com/gogil/gogil/internal/client"
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
	if out := finalDisplay(mustRun(t, c, nativeCells)); !strings.HasPrefix(out, "%%native: built in") {
		t.Errorf("the cell's progress display ended with %q", out)
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

// Modules through the binary, whose build information lists the modules
// it contains (a test binary's does not): one the kernel contains at
// another version is refused with both versions named; a module from the
// proxy works in both kinds of cell.
func TestNativeModulesThroughTheBinary(t *testing.T) {
	c := launch(t, "GOGIL_NATIVE_CACHE="+t.TempDir())
	f := run(t, c, "%go get github.com/google/uuid@v1.5.0").Failed()
	if f == nil || f.EName != "ModuleError" || !strings.Contains(f.EValue, "v1.6.0") || !strings.Contains(f.EValue, "v1.5.0") {
		t.Fatalf("a version the kernel does not contain: %+v", f)
	}
	mustRun(t, c, "%%native\nimport \"github.com/google/uuid\"\n\nfunc valid(s string) bool { return uuid.Validate(s) == nil }\n")
	if got := resultText(mustRun(t, c, `valid("f47ac10b-58cc-4372-a567-0e02b2c3d479")`)); got != "true" {
		t.Errorf("valid = %q", got)
	}
	mustRun(t, c, "%%native\nimport \"github.com/dustin/go-humanize\"\n\nfunc size(n uint64) string { return humanize.Bytes(n) }\n")
	if got := resultText(mustRun(t, c, "size(82854982)")); got != `"83 MB"` {
		t.Errorf("size = %q", got)
	}
	if got := resultText(mustRun(t, c, "import \"github.com/dustin/go-humanize\"\n\nhumanize.Comma(1234567)")); got != `"1,234,567"` {
		t.Errorf("humanize.Comma in an interpreted cell = %q", got)
	}
}

// finalDisplay is the text a cell's last display (or update) shows.
func finalDisplay(ex *client.Execution) string {
	text := ""
	for _, o := range ex.Outputs {
		if o.Display != nil {
			text, _ = o.Display.Data["text/plain"].(string)
		}
	}
	return text
}
