package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/client"
)

// A cell that closes os.Stdout and os.Stderr silences no later cell, and
// writing to them in that cell fails as in Go instead of hanging.
func TestClosedStdioDoesNotSilenceLaterCells(t *testing.T) {
	c := launch(t)
	ex := mustRun(t, c, "os.Stdout.Close()\nos.Stderr.Close()\n_, err := fmt.Fprintln(os.Stdout, \"lost\")\nerr.Error()")
	if got := resultText(ex); !strings.Contains(got, "file already closed") {
		t.Errorf("writing to the closed os.Stdout gave %q", got)
	}
	ex = mustRun(t, c, "fmt.Println(\"out\")\nfmt.Fprintln(os.Stdout, \"direct\")\nfmt.Fprintln(os.Stderr, \"err\")")
	if ex.Stdout() != "out\ndirect\n" || ex.Stderr() != "err\n" {
		t.Errorf("the next cell printed stdout %q, stderr %q", ex.Stdout(), ex.Stderr())
	}
}

// 100,000 goroutines blocked on a channel are no RecursionError; releasing
// them works and the kernel goes on.
func TestManyGoroutinesThroughTheKernel(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 100,000 goroutines")
	}
	c := launch(t)
	mustRun(t, c, "release := make(chan bool)\nvar done sync.WaitGroup\nfor i := 0; i < 100000; i++ {\n\tdone.Add(1)\n\tgo func() { defer done.Done(); <-release }()\n}")
	mustRun(t, c, "close(release)\ndone.Wait()")
	if got := resultText(mustRun(t, c, "1 + 1")); got != "2" {
		t.Errorf("the cell after the goroutines gave %q", got)
	}
	ex := run(t, c, "func rec(n int) int { return rec(n+1) + 1 }\nrec(0)")
	if f := ex.Failed(); f == nil || f.EName != "RecursionError" {
		t.Errorf("endless recursion ended with %+v, want a RecursionError", f)
	}
}

// A recursion among 100,000 goroutines an earlier cell left blocked, in
// one goroutine and in 50 at once, ends the cell with a RecursionError or
// a MemoryError, never the kernel, and the next cell runs.
func TestRecursionAmongManyGoroutinesThroughTheKernel(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 100,000 goroutines")
	}
	c := launch(t)
	mustRun(t, c, "rel := make(chan bool)\nfor i := 0; i < 100000; i++ { go func() { <-rel }() }")
	mustRun(t, c, "func rec(n int) int { return rec(n+1) + 1 }")
	for _, cell := range []string{
		"rec(0)",
		"var wg sync.WaitGroup\nfor i := 0; i < 50; i++ {\n\twg.Add(1)\n\tgo func() { defer wg.Done(); rec(0) }()\n}\nwg.Wait()",
	} {
		// A recursion to the stack's limit among 100,000 goroutines
		// takes its time on two shared cores: ended is what is checked.
		ex, err := c.Execute(deadline(t, 4*time.Minute), cell, client.ExecuteOptions{})
		if err != nil {
			t.Fatalf("executing %q: %v", cell, err)
		}
		if f := ex.Failed(); f == nil || (f.EName != "RecursionError" && f.EName != "MemoryError") {
			t.Fatalf("%q ended with %+v, want a RecursionError or a MemoryError", cell, f)
		}
		if got := resultText(mustRun(t, c, "1 + 1")); got != "2" {
			t.Fatalf("the cell after %q gave %q", cell, got)
		}
	}
	mustRun(t, c, "close(rel)")
}

// jupyter console asks is_complete after every Enter: a cell magic alone
// must wait for its body.
func TestIsCompleteWaitsForACellMagicsBody(t *testing.T) {
	c := launch(t)
	for _, tt := range []struct{ code, status string }{
		{"%%time", "incomplete"},
		{"%%time\nx := 1\n\n", "complete"},
		{"%lsmagic", "complete"},
	} {
		r, err := c.IsComplete(deadline(t, 30*time.Second), tt.code)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != tt.status {
			t.Errorf("is_complete(%q) = %q, want %q", tt.code, r.Status, tt.status)
		}
	}
}
