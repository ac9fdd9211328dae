package session

import (
	"context"
	"strings"
	"testing"
)

// Mistakes get messages about the cell, not about the interpreter's
// machinery around it.
func TestMistakeMessages(t *testing.T) {
	s := newSession(t)
	tests := []struct{ code, name, want, notWant string }{
		// the statement wrapper's closing brace is not the user's concern
		{"x := 1\n%%time\nx", "SyntaxError", "2:1: expected statement", "expected '}'"},
		{"a := 1\n??", "SyntaxError", "2:1: illegal character", "expected '}'"},
		{"return 1", "SyntaxError", "1:1: return with values outside a function", ""},
		{"if true {\n\treturn nil\n}", "SyntaxError", "2:2: return with values outside a function", ""},
		{"import \"syscall\"", "CompileError", `package "syscall" is not available to interpreted cells`, "GOPATH"},
		// a standard package with only a generic API says so
		{"import \"unique\"", "CompileError", `package "unique" is not available to interpreted cells: all its API is generic (Handle, Make)`, "GOPATH"},
		{"import \"crypto/hkdf\"", "CompileError", `all its API is generic (Expand, Extract, Key)`, "standard library of"},
	}
	for _, tt := range tests {
		_, e := s.Execute(context.Background(), Cell{Code: tt.code}, &recorder{})
		if e == nil {
			t.Errorf("%q ran", tt.code)
			continue
		}
		all := e.Value + "\n" + strings.Join(e.Traceback, "\n")
		if e.Name() != tt.name || !strings.Contains(e.Value, tt.want) || tt.notWant != "" && strings.Contains(all, tt.notWant) {
			t.Errorf("%q: %s: %s\n%s", tt.code, e.Name(), e.Value, strings.Join(e.Traceback, "\n"))
		}
	}
	// a function literal's return is fine
	if _, e := s.Execute(context.Background(), Cell{Code: "f := func() int { return 1 }\nf()"}, &recorder{}); e != nil {
		t.Errorf("return in a function literal: %v", e)
	}
}

// yaegi keeps the first body of a method: declaring it again differently
// is refused with a clear error, the same declaration again is fine.
func TestMethodRedefinition(t *testing.T) {
	s := newSession(t)
	run(t, s, "type Q struct{}\nfunc (Q) M() int { return 1 }")
	run(t, s, "func (Q) M() int { return 1 }") // the same cell run again
	_, e := s.Execute(context.Background(), Cell{Code: "func (q *Q) M() int { return 2 }"}, &recorder{})
	if e == nil || e.Name() != "MethodRedefinition" || !strings.Contains(e.Value, "Q.M") {
		t.Fatalf("redefining a method: %+v", e)
	}
	if _, res := run(t, s, "Q{}.M()"); plain(res) != "1" {
		t.Errorf("Q{}.M() = %s after the refused redefinition", plain(res))
	}
	// A failed cell's method is not remembered.
	_, e = s.Execute(context.Background(), Cell{Code: "func (Q) N() int { return 1 }\nnope()"}, &recorder{})
	if e == nil || e.Name() != "CompileError" {
		t.Fatalf("a failing cell: %+v", e)
	}
	run(t, s, "func (Q) N() int { return 3 }")
	if _, res := run(t, s, "Q{}.N()"); plain(res) != "3" {
		t.Errorf("Q{}.N() = %s", plain(res))
	}
}
