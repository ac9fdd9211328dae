package session

import (
	"context"
	"strings"
	"testing"
)

// A cell interface's value converted to a library interface goes through
// a type switch over the cell struct types known when the code was
// lowered (cellsrc/ifaceadapt.go): one of a struct type a later cell
// declares ends in an error naming it, never in the interpreter's wrapper
// of the struct's field.
func TestCellInterfaceToLibraryOfLaterType(t *testing.T) {
	s := newSession(t)
	rec, _ := run(t, s, `import ("fmt"; "io"; "os"; "strings")
type W interface{ Write([]byte) (int, error) }
func emit(w W) { fmt.Fprintln(w, "x") }
type first struct{ w io.Writer }
func (f first) Write(p []byte) (int, error) { return f.w.Write([]byte("1:" + string(p))) }
emit(first{os.Stdout})
emit(os.Stdout)
var _ = strings.ToUpper`)
	if got, want := rec.out(), "1:x\nx\n"; got != want {
		t.Fatalf("printed %q, want %q", got, want)
	}
	run(t, s, `type upper struct{ w io.Writer }
func (u upper) Write(p []byte) (int, error) { return u.w.Write([]byte(strings.ToUpper(string(p)))) }`)
	later := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: `emit(upper{os.Stdout})`}, later)
	if e == nil || !strings.Contains(e.Value, "declared after the cell") || !strings.Contains(e.Value, "upper") {
		t.Fatalf("error %v, printed %q: want the later type refused", e, later.out())
	}
	if later.out() != "" {
		t.Errorf("printed %q before the error", later.out())
	}
}
