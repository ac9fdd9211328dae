package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
	"path"
	"strconv"
	"strings"
)

// yaegi v0.16.1 evaluates the arguments of a deferred call when the
// function returns, not at the defer statement: after
// `x := 1; defer fmt.Println(x); x = 2` it prints 2, and a call among the
// arguments runs at the end. A variable defined by := just before the
// defer keeps its value (nothing assigns it again; in a loop body each
// iteration has its own), so RewriteDeferArgs evaluates such arguments
// into fresh variables first:
//
//	defer fmt.Println("x:", x, g())
//
// becomes
//
//	__gogil_defer1, __gogil_defer2 := x, g()
//	defer fmt.Println("x:", __gogil_defer1, __gogil_defer2)
//
// An argument is left in place when it cannot change: a literal, a
// constant of this part, a name of another package (math.Pi, whose
// untyped constant a variable would give a default type), or an
// expression of only those. Only defers of function bodies and literals:
// those at the top level of a cell's statements go to the runner's own
// defer stack, which evaluates them in time (rewrite.go).

// RewriteDeferArgs rewrites the defer statements of the functions and
// function literals of file; main, if not nil, is the body of the cell's
// statements, whose own defers are left to RewriteDefer.
func RewriteDeferArgs(file *ast.File, main *ast.FuncDecl) {
	constants := map[string]bool{}
	imports := map[string]bool{}
	for _, imp := range file.Imports {
		name := importName(imp)
		imports[name] = true
	}
	ast.Inspect(file, func(n ast.Node) bool {
		if gd, ok := n.(*ast.GenDecl); ok && gd.Tok == token.CONST {
			for _, spec := range gd.Specs {
				for _, id := range spec.(*ast.ValueSpec).Names {
					constants[id.Name] = true
				}
			}
		}
		return true
	})
	r := &deferArgs{constants: constants, imports: imports}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body != nil && n != main {
				r.function(n.Body)
			}
		case *ast.FuncLit:
			r.function(n.Body)
		}
		return true
	})
}

func importName(imp *ast.ImportSpec) string {
	if imp.Name != nil {
		return imp.Name.Name
	}
	return assumedName(strings.Trim(imp.Path.Value, "`\""))
}

// assumedName is the name a package of importPath declares, by Go's
// convention: its last element, or the one before a major version
// suffix, as math/rand/v2 is package rand. The standard library keeps
// the convention, and a cell imports nothing else.
func assumedName(importPath string) string {
	base := path.Base(importPath)
	if dir := path.Dir(importPath); dir != "." && len(base) > 1 && base[0] == 'v' {
		if _, err := strconv.Atoi(base[1:]); err == nil {
			return path.Base(dir)
		}
	}
	return base
}

type deferArgs struct {
	constants, imports map[string]bool
	n                  int
}

// function rewrites the statement lists of body that belong to its own
// function (literals inside are visited on their own).
func (r *deferArgs) function(body *ast.BlockStmt) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BlockStmt:
			n.List = r.list(n.List)
		case *ast.CaseClause:
			n.Body = r.list(n.Body)
		case *ast.CommClause:
			n.Body = r.list(n.Body)
		}
		return true
	})
}

func (r *deferArgs) list(stmts []ast.Stmt) []ast.Stmt {
	var out []ast.Stmt
	for _, st := range stmts {
		d, ok := st.(*ast.DeferStmt)
		if !ok {
			out = append(out, st)
			continue
		}
		var names, values []ast.Expr
		// A call that makes the deferred function, the literal a method
		// value became (promoted.go) among them: in a loop yaegi ran
		// the one of the last iteration each time.
		if fun, ok := d.Call.Fun.(*ast.CallExpr); ok {
			r.n++
			id := ast.NewIdent(fmt.Sprintf("__gogil_defer%d", r.n))
			id.NamePos = fun.Pos()
			names = append(names, id)
			values = append(values, fun)
			d.Call.Fun = &ast.Ident{NamePos: fun.Pos(), Name: id.Name}
		}
		for i, arg := range d.Call.Args {
			if r.fixed(arg) {
				continue
			}
			if _, call := arg.(*ast.CallExpr); call && len(d.Call.Args) == 1 && !d.Call.Ellipsis.IsValid() {
				continue // f(g()) may spread several results
			}
			r.n++
			id := ast.NewIdent(fmt.Sprintf("__gogil_defer%d", r.n))
			id.NamePos = arg.Pos()
			names = append(names, id)
			values = append(values, arg)
			d.Call.Args[i] = ast.NewIdent(id.Name)
			d.Call.Args[i].(*ast.Ident).NamePos = arg.Pos()
		}
		if len(names) > 0 {
			out = append(out, &ast.AssignStmt{Lhs: names, TokPos: d.Pos(), Tok: token.DEFINE, Rhs: values})
		}
		out = append(out, d)
	}
	return out
}

// fixed says that evaluating e later gives what it gives now.
func (r *deferArgs) fixed(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr, *ast.FuncLit, *ast.CompositeLit, *ast.UnaryExpr, *ast.StarExpr, *ast.IndexExpr, *ast.SliceExpr, *ast.TypeAssertExpr:
			if u, isUnary := n.(*ast.UnaryExpr); isUnary && u.Op != token.AND && u.Op != token.ARROW {
				return true
			}
			ok = false
		case *ast.SelectorExpr:
			if pkg, isIdent := n.X.(*ast.Ident); isIdent && r.imports[pkg.Name] {
				return false
			}
			ok = false
		case *ast.Ident:
			switch n.Name {
			case "true", "false", "nil", "iota":
			default:
				ok = r.constants[n.Name]
			}
		}
		return ok
	})
	return ok
}
