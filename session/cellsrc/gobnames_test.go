package cellsrc

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// TestGobUnnamedCellType: gob Encode is refused for what holds a cell
// composite type, and not for a cell type of a basic kind or a library's.
func TestGobUnnamedCellType(t *testing.T) {
	cases := []struct {
		value string
		found string
	}{
		{"P", "P"},
		{"*P", "P"},
		{"[]P", "P"},
		{"map[string]Tags", "Tags"},
		{"struct{ A Celsius; B [2]Tags }", "Tags"},
		{"Celsius", ""},
		{"[]Celsius", ""},
		{"map[string]int", ""},
		{"struct{ N int }", ""},
		{"bytes.Buffer", ""},
	}
	for _, c := range cases {
		src := "package main\nimport \"bytes\"\ntype P struct{ N int }\ntype Tags []string\ntype Celsius float64\nvar _ bytes.Buffer\nvar v " + c.value + "\n"
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "x.go", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		pkg, err := (&types.Config{Importer: importer.Default()}).Check("main", fset, []*ast.File{f}, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if n := gobUnnamedCellType(pkg.Scope().Lookup("v").Type(), map[types.Type]bool{}); n != nil {
			got = n.Obj().Name()
		}
		if got != c.found {
			t.Errorf("%s: found %q, want %q", c.value, got, c.found)
		}
	}
}
