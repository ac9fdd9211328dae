package session

import (
	"context"
	"strings"
	"testing"
)

// A closure made in a function and called while that function runs its
// deferred calls hung the kernel (cellsrc's deferframes.go); one that
// calls recover() and is deferred by name is refused, since made apart
// from its function it would not see the panic.
func TestDeferredClosures(t *testing.T) {
	tests := []struct{ name, code, out, err string }{
		{"deferred by name", "func f() {\n\tcleanup := func() { fmt.Println(\"cleanup\") }\n\tdefer cleanup()\n\tcleanup = nil\n\tfmt.Println(\"body\")\n}\nf()", "body\ncleanup\n", ""},
		{"called by a deferred literal", "func g() {\n\tn := 0\n\tbump := func() { n++ }\n\tdefer func() { bump(); fmt.Println(n) }()\n\tbump()\n}\ng()", "2\n", ""},
		{"recover deferred by name", "func h() {\n\thandler := func() { fmt.Println(recover()) }\n\tdefer handler()\n\tpanic(1)\n}\nh()", "", "calls recover() and is not deferred where it is written"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			run(t, s, "import \"fmt\"")
			rec := &recorder{}
			_, e := s.Execute(context.Background(), Cell{Code: tt.code}, rec)
			switch {
			case tt.err == "" && (e != nil || rec.out() != tt.out):
				t.Fatalf("error %v, printed %q, want %q", e, rec.out(), tt.out)
			case tt.err != "" && (e == nil || !strings.Contains(e.Value, tt.err) || rec.out() != ""):
				t.Fatalf("error %v, printed %q; want an error with %q and nothing printed", e, rec.out(), tt.err)
			}
		})
	}
}
