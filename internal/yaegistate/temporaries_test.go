package yaegistate

import (
	"fmt"
	"strings"
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

// runNested is runCell for statements whose nested blocks declare the
// hidden variables nested (Change.SetNested).
func runNested(t *testing.T, i *interp.Interpreter, tr *Tracker, src string, nested map[string]bool) {
	t.Helper()
	ch := tr.Begin(identifiers(src), nil)
	ch.SetNested(nested)
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

// TestNestedVarsLetGo: the variables of a cell's loops and if clauses,
// hidden names unique to the cell, were each a global with a slot and a
// symbol (holding the cell's compiled tree) kept for good: the frame and
// main's table grew with every cell that had a loop. Once the cell has
// run, their symbols go, and so do the slots no function literal names.
func TestNestedVarsLetGo(t *testing.T) {
	i, tr := newInterpreter(t, "total := 0")
	cell := func(k int) string {
		return fmt.Sprintf("for __gogil_s%[1]d_i := 0; __gogil_s%[1]d_i < 3; __gogil_s%[1]d_i++ { if __gogil_s%[1]d_v := __gogil_s%[1]d_i * 2; __gogil_s%[1]d_v > 2 { total += __gogil_s%[1]d_v } }", k)
	}
	nested := func(k int) map[string]bool {
		return map[string]bool{fmt.Sprintf("__gogil_s%d_i", k): false, fmt.Sprintf("__gogil_s%d_v", k): false}
	}
	runNested(t, i, tr, cell(0), nested(0))
	start, names := tr.FrameSlots(), len(*tr.syms)
	const runs = 50
	for k := 1; k <= runs; k++ {
		runNested(t, i, tr, cell(k), nested(k))
	}
	if grown := tr.FrameSlots() - start; grown > 0 {
		t.Errorf("the frame grew by %d slots over %d cells declaring only nested variables", grown, runs)
	}
	if grown := len(*tr.syms) - names; grown != 0 {
		t.Errorf("main's symbol table grew by %d entries over %d cells declaring only nested variables", grown, runs)
	}
	for name := range *tr.syms {
		if strings.HasPrefix(name, "__gogil_s") {
			t.Errorf("main's table still has %s", name)
		}
	}
	if got := eval(t, i, "total"); got != fmt.Sprint(4*(runs+1)) {
		t.Errorf("total = %s, want %d", got, 4*(runs+1))
	}
}

// TestCapturedNestedVarKept: a nested variable a function literal names
// keeps its slot after the cell (its goroutine reads it later, while other
// cells reuse the slots around it), though its symbol goes.
func TestCapturedNestedVarKept(t *testing.T) {
	i, tr := newInterpreter(t, "release := make(chan bool)", "out := make(chan int, 1)")
	// A clause's variable is a global of yaegi's: the goroutine reads it
	// from the global frame itself (the loop left it at 41).
	runNested(t, i, tr, "for __gogil_c_i := 40; __gogil_c_i < 41; __gogil_c_i++ { go func() { <-release; out <- __gogil_c_i + 2 }() }",
		map[string]bool{"__gogil_c_i": true})
	for k := range 20 {
		runNested(t, i, tr, fmt.Sprintf("for __gogil_t%[1]d_i := 0; __gogil_t%[1]d_i < 2; __gogil_t%[1]d_i++ { __gogil_t%[1]d_s := fmt.Sprint(\"x\", __gogil_t%[1]d_i); _ = __gogil_t%[1]d_s }", k),
			map[string]bool{fmt.Sprintf("__gogil_t%d_i", k): false, fmt.Sprintf("__gogil_t%d_s", k): false})
	}
	if _, found := (*tr.syms)["__gogil_c_i"]; found {
		t.Error("main's table still has the loop's variable")
	}
	if got := eval(t, i, "release <- true; <-out"); got != "43" {
		t.Errorf("the goroutine read %s from its variable, want 43", got)
	}
}
