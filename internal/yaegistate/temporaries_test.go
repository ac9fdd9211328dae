package yaegistate

import (
	"fmt"
	"testing"

	"github.com/traefik/yaegi/interp"
)

// runCell compiles and runs src as the session does: tracked, the frame
// grown before it runs, its temporaries emptied after.
func runCell(t *testing.T, i *interp.Interpreter, tr *Tracker, src string) {
	t.Helper()
	ch := tr.Begin(identifiers(src), nil)
	prog, err := i.Compile(src)
	tr.ForgetRoots()
	if err != nil {
		tr.Abort(ch)
		t.Fatalf("%q: %v", src, err)
	}
	tr.Commit(ch)
	tr.GrowFrame()
	if _, err := i.Execute(prog); err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	tr.ClearTemporaries()
}

// TestTemporarySlotsReused: cells that declare nothing give their
// temporaries the slots the cell before them had, so the global frame
// (which every function literal made at the top level copies) stops
// growing. It grew by every temporary of every cell.
func TestTemporarySlotsReused(t *testing.T) {
	i, tr := newInterpreter(t, "x := 2", "var xs []int")
	cells := []string{
		`s := fmt.Sprint(x*3+1, "a", x)`, // s is redeclared: one slot a run
		`fmt.Sprintln(x+41, len(xs))`,
		`xs = append(xs[:0], x, x+1)`,
		`if x > 1 { fmt.Sprint(x * x) }`,
	}
	for _, c := range cells {
		runCell(t, i, tr, c)
	}
	start := tr.FrameSlots()
	const runs = 50
	for range runs {
		for _, c := range cells {
			runCell(t, i, tr, c)
		}
	}
	if grown := tr.FrameSlots() - start; grown > runs {
		t.Errorf("the frame grew by %d slots over %d runs of %d cells that declare one variable a run", grown, runs, len(cells))
	}
	if got := eval(t, i, "fmt.Sprint(s, \" \", xs)"); got != "7a2 [2 3]" {
		t.Errorf("after reusing slots: %s", got)
	}
}

// TestClosureSlotNotReused: a closure made at the top level writes its
// literal's slot back after every call, whenever it comes (yaegi's
// getFunc), so that slot must never become another cell's temporary:
// later cells calling the closure between their own temporaries, and a
// goroutine of an earlier cell ending while a later cell runs, must not
// change what those cells compute.
func TestClosureSlotNotReused(t *testing.T) {
	i, tr := newInterpreter(t)
	runCell(t, i, tr, "g := func(n int) int { return n + 1 }\ng(0)")
	for _, c := range []string{
		"var release = make(chan bool)",
		"var done = make(chan bool)",
		"go func() { <-release; done <- true }()",
		"func finish() bool { release <- true; <-done; return true }",
	} {
		runCell(t, i, tr, c)
	}
	for k := range 20 {
		runCell(t, i, tr, fmt.Sprintf("r%d := fmt.Sprint(g(1), g(2)+g(3), %d)", k, k))
		if got, want := eval(t, i, fmt.Sprintf("r%d", k)), fmt.Sprint(2, 7, k); got != want {
			t.Fatalf("cell %d computed %s, want %s", k, got, want)
		}
	}
	runCell(t, i, tr, "a := fmt.Sprint(g(4), finish(), g(5)+1)")
	if got := eval(t, i, "a"); got != "5 true 7" {
		t.Errorf("a cell during which a goroutine of an earlier cell ended computed %s, want 5 true 7", got)
	}
}
