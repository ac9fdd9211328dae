package session

import (
	"context"
	"strings"
	"testing"
)

// TestAssertToCellInterface: a comma-ok assertion to an interface of the
// cells answers as Go does for the cells' values (value and pointer, in a
// function or at the top level), and a library value that has the
// interface's methods ends the cell with an error that names both, where
// the interpreter alone answered false, unless the runner declares a
// library interface of those methods.
func TestAssertToCellInterface(t *testing.T) {
	decls := "type Namer interface{ Name() string }\ntype T struct{ n int }\nfunc (T) Name() string { return \"t\" }\ntype P struct{}\nfunc (*P) Name() string { return \"p\" }\n" +
		"func is(v any) bool { _, ok := v.(Namer); return ok }\nfunc lit(v any) bool { _, ok := v.(interface{ Name() string }); return ok }\n"
	s := newSession(t)
	rec := &recorder{}
	code := decls + "var g any = &T{}\nn, ok := g.(Namer)\nfmt.Println(is(T{}), is(&T{}), is(&P{}), is(3), lit(&T{}), lit(3), ok, n.Name())\nif m, ok := g.(Namer); ok {\n\tfmt.Println(m.Name())\n}"
	if _, e := s.Execute(context.Background(), Cell{Code: code}, rec); e != nil {
		t.Fatalf("%v\n%s", e, strings.Join(e.Traceback, "\n"))
	}
	if got, want := rec.out(), "true true true false true false true t\nt\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	rec = &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "var d any = time.Second\n_, ok := d.(interface{ Round(time.Duration) time.Duration })\nfmt.Println(ok)"}, rec)
	if e == nil || !strings.Contains(e.Value, "time.Duration") || !strings.Contains(e.Value, "Round") {
		t.Errorf("a library value with the interface's methods: error %v, printed %q", e, rec.out())
	}
	// The method sets of the errors package's idioms have library
	// interfaces of the runner's (cellsrc/nativeshapes.go).
	rec = &recorder{}
	if _, e := s.Execute(context.Background(), Cell{Code: "var d any = time.Second\ns, ok := d.(interface{ String() string })\nfmt.Println(ok, s.String())"}, rec); e != nil || rec.out() != "true 1s\n" {
		t.Errorf("fmt.Stringer's method set: error %v, printed %q", e, rec.out())
	}
	rec = &recorder{}
	if _, e := s.Execute(context.Background(), Cell{Code: "err := errors.Join(errors.New(\"a\"))\nu, ok := err.(interface{ Unwrap() []error })\nfmt.Println(ok, len(u.Unwrap()))"}, rec); e != nil || rec.out() != "true 1\n" {
		t.Errorf("errors.Join's value: error %v, printed %q", e, rec.out())
	}
	rec = &recorder{}
	if _, e := s.Execute(context.Background(), Cell{Code: "_, ok := error(nil).(Namer)\nvar r fmt.Stringer = time.Second\n_, ok2 := r.(Namer)\nfmt.Println(ok, ok2)"}, rec); e != nil || rec.out() != "false false\n" {
		t.Errorf("values without the methods: error %v, printed %q", e, rec.out())
	}
}
