package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// A program's main may declare a variable with the name of a function or
// type of the package (`score := score(hand)`, `deck := deck()`): Go's
// scopes keep main's variable apart. In a cell main's body is the top
// level, and yaegi holds one global per name: the variable replaces the
// function for the whole part, so every use of the function in it failed
// with "too many arguments" or "undefined". Such a part is refused with
// the cause; a cell that stands alone runs as a program. A later cell that
// redefines the name without using the function runs as a notebook
// expects (the name is the variable from then on), and is left alone.

// refuseFuncShadows fails a statements part that declares, at its top
// level, a variable named like a function or type of the cells that the
// part also uses.
func refuseFuncShadows(f *File, opts Options) *cellio.Error {
	main, _ := MainBody(f.AST)
	if main == nil {
		return nil
	}
	defined := map[string]*ast.Ident{}
	for _, st := range main.Body.List {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				for _, x := range st.Lhs {
					if id, ok := x.(*ast.Ident); ok && id.Name != "_" {
						defined[id.Name] = id
					}
				}
			}
		case *ast.DeclStmt:
			if gd, ok := st.Decl.(*ast.GenDecl); ok && gd.Tok == token.VAR {
				for _, spec := range gd.Specs {
					for _, id := range spec.(*ast.ValueSpec).Names {
						if id.Name != "_" {
							defined[id.Name] = id
						}
					}
				}
			}
		}
	}
	if len(defined) == 0 || !callsDefined(main.Body, defined) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	var found *ast.Ident
	var kind string
	ast.Inspect(main.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if found != nil || !ok || defined[id.Name] == nil {
			return found == nil
		}
		switch obj := l.t.Info.Uses[id].(type) {
		case *types.Func:
			if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() == nil && obj.Pkg() != nil && cellPackage(l.t, obj.Pkg()) {
				found, kind = id, "function"
			}
		case *types.TypeName:
			if obj.Pkg() != nil && cellPackage(l.t, obj.Pkg()) && obj.Parent() == obj.Pkg().Scope() {
				found, kind = id, "type"
			}
		}
		return found == nil
	})
	if found == nil {
		return nil
	}
	def := defined[found.Name]
	return f.compileError(def, "%s is a %s of the cells and a variable declared by this cell's statements, which also use the %s (line %d): gogil runs a cell's statements at its top level, where one name is one global, so the variable would replace the %s; give the variable another name",
		found.Name, kind, kind, f.fset.Position(found.Pos()).Line, kind)
}

// callsDefined is the cheap test before the part is typed: a name of
// defined is called, or names a composite literal's type.
func callsDefined(body *ast.BlockStmt, defined map[string]*ast.Ident) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		var x ast.Expr
		switch n := n.(type) {
		case *ast.CallExpr:
			x = n.Fun
		case *ast.CompositeLit:
			x = n.Type
		}
		if id, ok := x.(*ast.Ident); ok && defined[id.Name] != nil {
			found = true
		}
		return !found
	})
	return found
}
