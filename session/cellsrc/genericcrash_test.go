package cellsrc

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

func TestCrashCause(t *testing.T) {
	tests := []struct{ src, want string }{
		{"func f[K comparable, V any](x any) { p := x.(*e[K, V]); _ = p }", "(*e[K, V]) in the body of f"},
		{"func (l *L[K, V]) f() { var p *e[K, V]; _ = p }", "(*e[K, V]) in the body of f"},
		{"func N[T any](xs ...T) {}\nfunc (s S[T]) f() { N[T]() }", "variadic generic function N"},
		{"func N[T any](xs ...T) {}\nfunc (s S[T]) f() { N(s.x) }", "variadic generic function N"},
		// What yaegi compiles: a pointer type of a parameter or a field, a
		// single type argument, a body that is not generic.
		{"func f[K comparable, V any](g func(*e[K, V])) { var s struct{ p *e[K, V] }; _ = s }", ""},
		{"func f[V any](x any) { p := x.(*e[V]); _ = p }", ""},
		{"func f(x any) { p := x.(*e[int, string]); _ = p }", ""},
	}
	for _, tt := range tests {
		file, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+tt.src, 0)
		if err != nil {
			t.Fatal(err)
		}
		got := CrashCause(file)
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.src, got, tt.want)
		}
	}
}
