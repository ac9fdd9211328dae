package cellsrc

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// TestPlainZeroTest: an IsZero method lets json's omitzero run without it
// only where its body is the value's own zero test over every field.
func TestPlainZeroTest(t *testing.T) {
	cases := []struct {
		decls string
		plain bool
	}{
		{"type M struct{ C int }\nfunc (m M) IsZero() bool { return m.C == 0 }", true},
		{"type M struct{ C int; S string; P *int }\nfunc (m *M) IsZero() bool { return m.C == 0 && (\"\" == m.S) && m.P == nil }", true},
		{"type M int\nfunc (m M) IsZero() bool { return 0 == m }", true},
		{"type M struct{ C int; S string }\nfunc (m M) IsZero() bool { return m.C == 0 }", false},
		{"type M struct{ C int }\nfunc (m M) IsZero() bool { return m.C <= 0 }", false},
		{"type M struct{ C int }\nfunc (m M) IsZero() bool { return m.C == 1 }", false},
		{"type M struct{ F float64 }\nfunc (m M) IsZero() bool { return m.F == 0 }", false},
		{"type M struct{ C int }\nfunc (m M) IsZero() bool { x := m.C; return x == 0 }", false},
		{"type M struct{ C, D int }\nfunc (m M) IsZero() bool { return m.C == 0 && m.C == 0 }", false},
	}
	for _, c := range cases {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "x.go", "package main\n"+c.decls, 0)
		if err != nil {
			t.Fatal(err)
		}
		info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
		if _, err := (&types.Config{Importer: importer.Default()}).Check("main", fset, []*ast.File{f}, info); err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if got := PlainZeroTest(fd, info.Defs[fd.Name].(*types.Func)); got != c.plain {
					t.Errorf("%s: plain %v, want %v", c.decls, got, c.plain)
				}
			}
		}
	}
}
