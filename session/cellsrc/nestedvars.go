package cellsrc

import (
	"go/ast"
	"go/token"
	"strings"
)

// NestedVars returns the hidden variables (named __gogil...) that the
// nested blocks of body, the lowered statements of a part, declare outside
// function literals, each mapped to whether a function literal of body
// names it.
//
// yaegi gives each of them a slot of the global frame, and the variables
// of for, if and switch clauses an entry in package main's symbol table as
// well, which holds the compiled tree of the whole part. Their names are
// unique to the part (RenameTopLevelShadows, the loop-variable pass), so
// no later part can name them: once the part's statements have ended,
// only the function literals it made (closures, goroutines) may still
// read them, from the global frame itself. A variable no literal names is
// read by nothing after its part, and its slot can serve another part;
// a named one keeps its slot, but its symbol can go all the same.
//
// A hidden name the top level of body also declares is left out: yaegi
// makes one global of both.
func NestedVars(body *ast.BlockStmt) map[string]bool {
	if body == nil {
		return nil
	}
	top := map[string]bool{}
	for _, st := range body.List {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				for _, x := range st.Lhs {
					if id, ok := x.(*ast.Ident); ok {
						top[id.Name] = true
					}
				}
			}
		case *ast.DeclStmt:
			if gd, ok := st.Decl.(*ast.GenDecl); ok {
				for _, spec := range gd.Specs {
					if vs, ok := spec.(*ast.ValueSpec); ok {
						for _, n := range vs.Names {
							top[n.Name] = true
						}
					}
				}
			}
		}
	}
	vars := map[string]bool{}
	captured := map[string]bool{}
	declare := func(x ast.Expr) {
		if id, ok := x.(*ast.Ident); ok && strings.HasPrefix(id.Name, "__gogil") && !top[id.Name] {
			vars[id.Name] = false
		}
	}
	for _, st := range body.List {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				ast.Inspect(n, func(n ast.Node) bool {
					if id, ok := n.(*ast.Ident); ok {
						captured[id.Name] = true
					}
					return true
				})
				return false
			case *ast.AssignStmt:
				if n.Tok == token.DEFINE && ast.Stmt(n) != st {
					for _, x := range n.Lhs {
						declare(x)
					}
				}
			case *ast.ValueSpec:
				for _, name := range n.Names {
					declare(name)
				}
			case *ast.RangeStmt:
				if n.Tok == token.DEFINE {
					declare(n.Key)
					declare(n.Value)
				}
			}
			return true
		})
	}
	for name := range vars {
		vars[name] = captured[name]
	}
	return vars
}
