package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

const src = `package shapes

import (
	"fmt"
	"math"
)

// Circle is round.
type Circle struct {
	R float64
}

type Square struct{ Side float64 }

// Area returns the area.
func (c Circle) Area() float64 { return math.Pi * c.R * c.R }

func (s *Square) Scale(f float64) { s.Side *= f }

func Describe(name string, sides int, opts ...string) (string, error) {
	return fmt.Sprintf("%s:%d", name, sides), nil
}

var Count = 3
const Max, Min = 10, 1
`

func fieldList(fl *ast.FieldList) string {
	if fl == nil {
		return ""
	}
	var parts []string
	for _, f := range fl.List {
		typ := exprString(f.Type)
		if len(f.Names) == 0 {
			parts = append(parts, typ)
		}
		for _, n := range f.Names {
			parts = append(parts, n.Name+" "+typ)
		}
	}
	return strings.Join(parts, ", ")
}

func exprString(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.Ident:
		return t.Name
	case *ast.StarExpr:
		return "*" + exprString(t.X)
	case *ast.Ellipsis:
		return "..." + exprString(t.Elt)
	case *ast.SelectorExpr:
		return exprString(t.X) + "." + t.Sel.Name
	}
	return fmt.Sprintf("%T", e)
}

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "shapes.go", src, parser.ParseComments)
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	fmt.Println("package:", f.Name.Name)
	for _, imp := range f.Imports {
		fmt.Println("import:", imp.Path.Value)
	}
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			recv := ""
			if d.Recv != nil {
				recv = "(" + fieldList(d.Recv) + ") "
			}
			doc := ""
			if d.Doc != nil {
				doc = " // " + strings.TrimSpace(d.Doc.Text())
			}
			fmt.Printf("line %d: func %s%s(%s) (%s)%s\n", fset.Position(d.Pos()).Line, recv, d.Name.Name, fieldList(d.Type.Params), fieldList(d.Type.Results), doc)
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					fmt.Printf("line %d: type %s %T\n", fset.Position(s.Pos()).Line, s.Name.Name, s.Type)
				case *ast.ValueSpec:
					for _, n := range s.Names {
						fmt.Printf("line %d: %s %s\n", fset.Position(n.Pos()).Line, d.Tok, n.Name)
					}
				}
			}
		}
	}
	_, err = parser.ParseFile(fset, "bad.go", "package x\nfunc {", 0)
	fmt.Println("bad:", err)
}
