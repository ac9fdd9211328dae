package e2e

import (
	"testing"
)

// TestFailedCellChangesNothing checks, through the kernel, that a cell that
// fails to compile leaves the session as it was (no new or changed names,
// imports as before), as a Python cell with a SyntaxError does: yaegi
// itself would keep the names it met before the error, with no code behind
// them.
func TestFailedCellChangesNothing(t *testing.T) {
	c := launch(t)
	fails := func(code string) {
		t.Helper()
		ex := run(t, c, code)
		if f := ex.Failed(); f == nil || f.EName != "CompileError" {
			t.Fatalf("cell %q: got %+v, want a CompileError", code, f)
		}
		if out := ex.Stdout(); out != "" {
			t.Errorf("cell %q failed to compile but printed %q", code, out)
		}
	}
	mustRun(t, c, "func k1() int { return 1 }\nxx := 5")
	fails("func k1() int { return 2 }\nfunc bad2() { nope() }")
	fails("xx := \"six\"\nfmt.Println(\"ran\")\nundefinedCall()")
	fails("func okf() int { return 1 }\nfunc bad() { nope() }")
	fails("import \"os/signal\"\nimport \"syscall\"")
	if got := resultText(mustRun(t, c, "k1() + xx")); got != "6" {
		t.Errorf("k1() + xx = %q, want 6", got)
	}
	fails("okf()")
	fails("bad2()")
	mustRun(t, c, "import \"os/signal\"")
	if got := resultText(mustRun(t, c, "signal.Ignored(os.Interrupt)")); got != "false" {
		t.Errorf("signal.Ignored(os.Interrupt) = %q", got)
	}
}
