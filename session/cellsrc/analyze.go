package cellsrc

import (
	"go/ast"
	"go/token"
	"strings"
)

// Import is a package a part imports, under the name the cell uses.
type Import struct {
	Local string // "_" and "." as written
	Path  string
}

// FilterImports keeps the import specs of f for which keep is true (the
// runner drops a package imported again: not an error in a notebook),
// removes import declarations left empty, and returns the imports kept.
// packageName gives the package name of an import path when the
// interpreter knows it; otherwise the path's last element is taken.
func (f *File) FilterImports(packageName func(importPath string) string, keep func(Import) bool) []Import {
	var kept []Import
	for _, d := range f.AST.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		specs := gd.Specs[:0]
		for _, spec := range gd.Specs {
			is := spec.(*ast.ImportSpec)
			im := Import{Path: strings.Trim(is.Path.Value, "`\"")}
			im.Local = packageName(im.Path)
			if im.Local == "" {
				im.Local = assumedName(im.Path)
			}
			if is.Name != nil {
				im.Local = is.Name.Name
			}
			if !keep(im) {
				continue
			}
			specs = append(specs, spec)
			kept = append(kept, im)
		}
		gd.Specs = specs
	}
	f.AST.Decls = DropEmpty(f.AST.Decls)
	return kept
}

// Symbol is a name a cell defines, with its declaration as the user wrote
// it (doc comment included), for completion and inspection.
type Symbol struct {
	Name string
	Kind string // "func", "var", "const", "type"
	Decl string
	// Generic: a function with type parameters, whose calls the typed
	// lowering instantiates explicitly (instantiate.go).
	Generic bool
}

// Declared lists the functions (not methods), types, vars and consts a
// part declares at file level (not the wrapper of its statements).
func (f *File) Declared() []Symbol {
	var syms []Symbol
	for _, d := range f.AST.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && d != f.Main {
				end := d.End()
				if d.Body != nil {
					end = d.Body.Lbrace
				}
				syms = append(syms, Symbol{Name: d.Name.Name, Kind: "func", Decl: strings.TrimSpace(docText(d.Doc) + f.Text(d.Type.Pos(), end)),
					Generic: d.Type.TypeParams != nil && len(d.Type.TypeParams.List) > 0})
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch sp := spec.(type) {
				case *ast.TypeSpec:
					syms = append(syms, Symbol{Name: sp.Name.Name, Kind: "type", Decl: docText(d.Doc) + "type " + f.Text(sp.Pos(), sp.End())})
				case *ast.ValueSpec:
					kind := d.Tok.String()
					for _, n := range sp.Names {
						syms = append(syms, Symbol{Name: n.Name, Kind: kind, Decl: docText(d.Doc) + kind + " " + f.Text(sp.Pos(), sp.End())})
					}
				}
			}
		}
	}
	return syms
}

// Defined lists the names made by := among stmts, the top-level statements
// of a statement part (yaegi makes them globals that later cells see).
func (f *File) Defined(stmts []ast.Stmt) []Symbol {
	var syms []Symbol
	for _, st := range stmts {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE {
			continue
		}
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
				syms = append(syms, Symbol{Name: id.Name, Kind: "var", Decl: f.Text(as.Pos(), as.End())})
			}
		}
	}
	return syms
}

func docText(g *ast.CommentGroup) string {
	if g == nil {
		return ""
	}
	var b strings.Builder
	for _, c := range g.List {
		if strings.HasPrefix(c.Text, "//line ") {
			continue // our own position directive
		}
		b.WriteString(c.Text + "\n")
	}
	return b.String()
}

// Trailing is the expression statement that ends the statements of a
// statement part (the last part of a cell has a value only then), or nil.
func (f *File) Trailing() *ast.ExprStmt {
	if f.Main == nil || f.Main.Body == nil || len(f.Main.Body.List) == 0 {
		return nil
	}
	x, _ := f.Main.Body.List[len(f.Main.Body.List)-1].(*ast.ExprStmt)
	return x
}

// CallName tells whether x is a call, and the called function's name ("f"
// for f(), "Println" for fmt.Println(), "" for a call of a func value
// computed otherwise). A call whose single result is a nil interface shows
// nothing, and (int, nil error) results of a Write-like call neither.
func CallName(x ast.Expr) (name string, isCall bool) {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok {
		return "", false
	}
	switch fn := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return fn.Name, true
	case *ast.SelectorExpr:
		return fn.Sel.Name, true
	}
	return "", true
}
