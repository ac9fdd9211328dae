package session

import (
	"context"
	"strings"
	"testing"
)

// TestCellInterfaceOnLibraryInterface: a comma-ok assertion or a type
// switch case of a cell interface, on an operand of a library interface
// (io.Writer, error) holding a cell value, answers as Go does. The
// interpreter held the value as its wrapper there and answered false (or
// took the default), silently.
func TestCellInterfaceOnLibraryInterface(t *testing.T) {
	decls := "import \"io\"\ntype Sleeper interface{ Sleep() }\n" +
		"type Spy struct{ n int }\nfunc (s *Spy) Sleep() { s.n++ }\nfunc (s *Spy) Write(p []byte) (int, error) { return len(p), nil }\n" +
		"type Plain struct{ s string }\nfunc (*Plain) Write(p []byte) (int, error) { return 0, nil }\n" +
		"type Code int\nfunc (Code) Write(p []byte) (int, error) { return 0, nil }\nfunc (Code) Sleep() {}\n" +
		"type E struct{ msg string }\nfunc (e *E) Error() string { return e.msg }\nfunc (e *E) Sleep() {}\n" +
		"type Val struct{ a, b int }\nfunc (Val) Sleep() {}\nfunc (Val) Write(p []byte) (int, error) { return 0, nil }\n" +
		"func kind(w io.Writer) string {\n\tswitch v := w.(type) {\n\tcase Sleeper:\n\t\treturn fmt.Sprintf(\"sleeper %T\", v)\n\tcase nil:\n\t\treturn \"nil\"\n\t}\n\treturn fmt.Sprintf(\"other %T\", w)\n}\n" +
		"func sleeps(w io.Writer) bool { _, ok := w.(Sleeper); return ok }\n"
	s := newSession(t)
	rec := &recorder{}
	code := decls +
		"var w io.Writer = &Spy{}\n_, ok := w.(Sleeper)\n_, lit := w.(interface{ Sleep() })\n" +
		"var err error = &E{\"boom\"}\n_, eok := err.(Sleeper)\n" +
		"fmt.Println(ok, lit, eok, sleeps(&Spy{}), sleeps(&Plain{}), sleeps(Code(1)))\n" +
		"fmt.Println(kind(&Spy{}), kind(&Plain{}), kind(Code(3)), kind(nil))"
	if _, e := s.Execute(context.Background(), Cell{Code: code}, rec); e != nil {
		t.Fatalf("%v\n%s", e, strings.Join(e.Traceback, "\n"))
	}
	want := "true true true true false true\nsleeper *main.Spy other *main.Plain sleeper main.Code nil\n"
	if got := rec.out(); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	// The wrapper keeps one field of a struct value; its methods' receiver
	// is the whole value (structHeld).
	rec = &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "fmt.Println(sleeps(Val{1, 2}))"}, rec)
	if e != nil || rec.out() != "true\n" {
		t.Errorf("a struct value in a library interface: error %v, printed %q", e, rec.out())
	}
}
