package cellsrc

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

func TestCrashCause(t *testing.T) {
	tests := []struct{ src, want string }{
		{"func f[K comparable, V any](x any) { p := x.(*e[K, V]); _ = p }", "(*e[K, V]) in the body of f"},
		{"func (l *L[K, V]) f() { var p *e[K, V]; _ = p }", "(*e[K, V]) in the body of f"},
		{"func f[K comparable, V any](x any) { p := (*e[K, V])(nil); _ = p }", "(*e[K, V]) in the body of f"},
		{"func (l *L[K, V]) f(x any) { switch x.(type) { case *e[K, V]: } }", "(*e[K, V]) in the body of f"},
		{"func main() { var x any; p := x.(*e[int, string]); _ = p }", "(*e[int, string]) in the cell's statements"},
		// What genericassert.go writes in a declared function instead.
		{"func f[K comparable, V any](x any) { p := __gogil_assert(x, []*e[K, V](nil)); _ = p }", ""},
		{"func N[T any](xs ...T) {}\nfunc (s S[T]) f() { N[T]() }", "variadic generic function N"},
		{"func N[T any](xs ...T) {}\nfunc (s S[T]) f() { N(s.x) }", "variadic generic function N"},
		// What yaegi compiles: a pointer type of a parameter or a field, a
		// single type argument, a body that is not generic.
		{"func f[K comparable, V any](g func(*e[K, V])) { var s struct{ p *e[K, V] }; _ = s }", ""},
		{"func f[V any](x any) { p := x.(*e[V]); _ = p }", ""},
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

// The runner compiles a part's statements as a block, main's body.
func TestCrashCauseInStatements(t *testing.T) {
	file, err := parser.ParseFile(token.NewFileSet(), "", "package p\nfunc main() { var x any; p := x.(*e[int, string]); _ = p }", 0)
	if err != nil {
		t.Fatal(err)
	}
	body := file.Decls[0].(*ast.FuncDecl).Body
	if got := CrashCause(body); !strings.Contains(got, "(*e[int, string]) in the cell's statements") {
		t.Errorf("got %q", got)
	}
}
