package magics

import (
	"context"
	"testing"

	"github.com/gogil/gogil/kernel"
)

// Endless recursion ends the cell with a RecursionError instead of the
// kernel, in a plain cell and under %%gil, and the session goes on.
func TestEndlessRecursionIsARecursionError(t *testing.T) {
	l, err := New(Options{Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Shutdown(false)
	ctx := context.Background()
	for _, cell := range []string{
		"func rec(n int) int { return rec(n+1) + 1 }\nrec(0)",
		"%%gil\nfunc recGIL(n int) int { return recGIL(n+1) + 1 }\nrecGIL(0)",
	} {
		out := l.Execute(ctx, kernel.ExecuteInput{Code: cell}, discard{})
		if out.Err == nil || out.Err.Name() != "RecursionError" {
			t.Fatalf("%q ended with %+v, want a RecursionError", cell, out.Err)
		}
		after := l.Execute(ctx, kernel.ExecuteInput{Code: "1 + 1"}, discard{})
		if after.Err != nil || after.Result == nil || after.Result.Data["text/plain"] != "2" {
			t.Fatalf("the cell after %q: %+v", cell, after)
		}
	}
	if n := stackBytes(); n > stackLimit {
		t.Errorf("stacks still hold %d MB after the recursion ended", n>>20)
	}
}
