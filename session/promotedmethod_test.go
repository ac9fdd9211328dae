package session

import (
	"context"
	"strings"
	"testing"
)

// TestPromotedLibraryMethodIsAGap: a struct value whose String comes from
// an embedded library type, put in an interface, made the interpreter
// panic with "method not found: String", which named no cause and was no
// gap; it is a gap now, naming the method and the workaround, and the
// pointer, which the interpreter handles, still runs.
func TestPromotedLibraryMethodIsAGap(t *testing.T) {
	decl := "import (\n\t\"fmt\"\n\t\"time\"\n)\ntype Timeout struct {\n\ttime.Duration\n\tLabel string\n}\nt := Timeout{3 * time.Second, \"x\"}\n"
	for _, code := range []string{
		"var s fmt.Stringer = t\nfmt.Println(s)",
		"func str(s fmt.Stringer) string { return s.String() }\nfmt.Println(str(t))",
		"var a any = t\ns, ok := a.(fmt.Stringer)\nfmt.Println(ok, s)",
	} {
		s := newSession(t)
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: decl + code}, rec)
		if e == nil || !e.Unsupported || !strings.Contains(e.Value, "method String") || !strings.Contains(e.Value, "&v") {
			t.Errorf("%s\nerror %v, want a gap naming the method", code, e)
		}
	}
	s := newSession(t)
	rec := &recorder{}
	if _, e := s.Execute(context.Background(), Cell{Code: decl + "var s fmt.Stringer = &t\nfmt.Println(s)"}, rec); e != nil || rec.out() != "3s\n" {
		t.Errorf("a pointer: error %v, printed %q, want 3s", e, rec.out())
	}
}
