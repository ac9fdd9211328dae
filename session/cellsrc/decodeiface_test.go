package cellsrc

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// TestDecodedCellInterface: json decodes into a cell interface type with
// methods only through what it sets, and never into an empty one or a
// library's.
func TestDecodedCellInterface(t *testing.T) {
	cases := []struct {
		target string
		found  string
	}{
		{"*S", "S"},
		{"*[]S", "S"},
		{"*map[string][2]*S", "S"},
		{"*struct{ A int; B S }", "S"},
		{"*struct{ B S `json:\"-\"` }", ""},
		{"*struct{ b S }", ""},
		{"*E", ""},
		{"*fmt.Stringer", ""},
		{"*T", "S"},
		{"*L", "S"},
	}
	for _, c := range cases {
		src := "package main\nimport \"fmt\"\ntype S interface{ M() }\ntype E interface{}\ntype T struct{ X []S }\ntype L struct{ Next *L; V S }\nvar _ fmt.Stringer\nvar v " + c.target + "\n"
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
		if n := decodedCellInterface(pkg.Scope().Lookup("v").Type(), map[types.Type]bool{}); n != nil {
			got = n.Obj().Name()
		}
		if got != c.found {
			t.Errorf("%s: found %q, want %q", c.target, got, c.found)
		}
	}
}
