package session

import (
	"context"
	"strings"
	"testing"

	"github.com/gogil/gogil/cellio"
)

// TestPrintOfTheCellsOwn: a function a cell named println is the cell's,
// in that cell and the next; only the builtins write as Go's runtime does.
func TestPrintOfTheCellsOwn(t *testing.T) {
	s := newSession(t)
	run(t, s, `import "fmt"
func println(a ...any) { fmt.Println("mine:", a) }
println(1, "x")`)
	rec, _ := run(t, s, `println(2)`)
	if got := rec.out(); got != "mine: [2]\n" || rec.err() != "" {
		t.Errorf("printed %q on stdout and %q on stderr, want the cell's println", got, rec.err())
	}
}

// TestPrintOfAStruct: Go's compiler refuses a struct or array operand of
// print; go/types does not, so the cell says what Go says.
func TestPrintOfAStruct(t *testing.T) {
	s := newSession(t)
	for _, code := range []string{"type P struct{ X int }\nprint(P{1})", "println([2]int{1, 2})"} {
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		if e == nil || e.Kind != cellio.CompileError || !strings.Contains(e.Value, "illegal types for operand") {
			t.Errorf("%q: error %v, want Go's compile error", code, e)
		}
	}
}
