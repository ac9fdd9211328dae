package session

import "testing"

// A library value asserted to an interface literal of the errors
// package's idioms keeps its identity: == with the error it came from is
// true in the cell that asserted and in a later cell, where no cell has
// declared a type (cellsrc/nativeshapes.go).
func TestNativeShapeAcrossCells(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\n\t\"errors\"\n\t\"fmt\"\n)\ne := errors.Join(errors.New(\"a\"), errors.New(\"b\"))\nu, ok := e.(interface{ Unwrap() []error })\nfmt.Println(ok, u == e)")
	rec, _ := run(t, s, "fmt.Println(u == e, e != u, len(u.Unwrap()))\nvar a any = e\nfmt.Println(a == u)")
	if got, want := rec.out(), "true false 2\ntrue\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	// A method set the library value lacks does not match it.
	rec2, _ := run(t, s, "_, ok2 := e.(interface{ Unwrap() []error; Extra() })\nfmt.Println(ok2)")
	if got, want := rec2.out(), "false\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}
