package celltypes

import (
	"go/token"
	"testing"

	"github.com/gogil/gogil/session/cellsrc"
)

// checkCell stages code, a cell of one part, in w and checks it, as the
// session does for a cell that needs types.
func checkCell(t *testing.T, w *World, code string) *cellsrc.Types {
	t.Helper()
	parts := cellsrc.Split(code)
	if len(parts) != 1 {
		t.Fatalf("%q: %d parts", code, len(parts))
	}
	fset := token.NewFileSet()
	f, e := cellsrc.Parser{Fset: fset, Name: "cell", Code: code}.Parse(parts[0])
	if e != nil {
		t.Fatalf("%q: %v", code, e)
	}
	typed := w.Check(fset, f.AST)
	w.Stage(code, parts[0])
	return typed
}

// TestWorldKeepsNoEarlierChecks: what the world keeps of a cell is
// reached through the scopes of that cell's check, and those scopes held
// the world's objects as they were, each with the scopes of its own check:
// every check of the session stayed reachable from the newest objects
// (about 2 KB a cell). Each check now holds stand-ins of its own.
func TestWorldKeepsNoEarlierChecks(t *testing.T) {
	w := New(nil, func(string) string { return "" }, nil)
	for range 5 {
		checkCell(t, w, "x := 1")
		checkCell(t, w, "f := func(n int) int { return n }")
		checkCell(t, w, "func g(s string) string { return s }")
	}
	typed := checkCell(t, w, "y := f(x) + len(g(\"a\"))\n_ = y")
	if typed == nil || len(typed.Errors) > 0 {
		t.Fatalf("the world no longer types a cell using earlier ones: %v", typed)
	}
	checkCell(t, w, "z := 0")
	files := 0
	w.fset.Iterate(func(*token.File) bool { files++; return true })
	if files != 0 {
		t.Errorf("the world keeps the positions of %d parts it checked in", files)
	}
	for name, obj := range w.objects {
		scope := obj.Pkg().Scope()
		for _, other := range scope.Names() {
			if o := scope.Lookup(other); o.Pkg() != obj.Pkg() {
				t.Errorf("%s's check holds %s of another check", name, other)
			}
		}
	}
}
