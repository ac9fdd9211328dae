package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 copies the right side of an assignment of several pairs
// into temporaries first, and gives the temporary of a value whose static
// type is an empty interface its own boxed interface type, which the
// plain interface value it holds cannot be set into: `a, b = b, a` of two
// any variables, `x[i], x[j] = x[j], x[i]` of an []any and `a, b = f(),
// g()` of functions returning any all panicked in reflect.Set ("value of
// type interface {} is not assignable to type interp.valueInterface").
//
// lowerParallelIfaces writes such an assignment as the two phases Go
// gives it, in a block of its own: first the operands of the left side's
// indexes and indirections (as pointers, or a map and its key) and the
// values of the right side, in order, each into a variable of its own;
// then each assignment, left to right, alone. A value that is an untyped
// constant or nil is assigned as it is (a variable would give it its
// default type); an assignment with another untyped value (a comparison,
// a shift of a constant) is left as it was, as is one outside a
// statement list (a loop's post statement).

func lowerParallelIfaces(f *File, opts Options) *cellio.Error {
	parallel := false
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && as.Tok == token.ASSIGN && len(as.Lhs) > 1 && len(as.Lhs) == len(as.Rhs) {
			parallel = true
		}
		return !parallel
	})
	if !parallel {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	info := l.t.Info
	n := 0
	replaceStmts(f.AST, true, func(st ast.Stmt) ast.Stmt {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
			return nil
		}
		iface := false
		for i, r := range as.Rhs {
			tv, ok := info.Types[r]
			if !ok || tv.Type == nil {
				return nil
			}
			if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 && tv.Value == nil && !tv.IsNil() {
				return nil
			}
			if id, ok := as.Lhs[i].(*ast.Ident); ok && id.Name == "_" {
				continue // yaegi makes no temporary for a blank's value
			}
			if it, ok := tv.Type.Underlying().(*types.Interface); ok && it.Empty() {
				if _, param := tv.Type.(*types.TypeParam); !param {
					iface = true
				}
			}
		}
		if !iface {
			return nil
		}
		n++
		return l.twoPhases(as, n)
	})
	return nil
}

// twoPhases is the block that assigns as's pairs in Go's two phases; n
// makes its names unique in the part.
func (l *typedLowering) twoPhases(as *ast.AssignStmt, n int) ast.Stmt {
	info := l.t.Info
	pos := as.Pos()
	name := func(kind string, i int) *ast.Ident {
		return &ast.Ident{NamePos: pos, Name: "__gogil_par" + strconv.Itoa(n) + kind + strconv.Itoa(i)}
	}
	define := func(id *ast.Ident, x ast.Expr) ast.Stmt {
		return &ast.AssignStmt{Lhs: []ast.Expr{id}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{x}}
	}
	constant := func(x ast.Expr) bool {
		tv := info.Types[x]
		return tv.Value != nil || tv.IsNil()
	}
	var first, then []ast.Stmt
	targets := make([]ast.Expr, len(as.Lhs))
	for i, lhs := range as.Lhs {
		switch x := ast.Unparen(lhs).(type) {
		case *ast.Ident:
			targets[i] = x
		case *ast.IndexExpr:
			if _, isMap := coreType(typeOf(info, x.X)).(*types.Map); isMap {
				m, key := name("m", i), x.Index
				first = append(first, define(m, x.X))
				if !constant(key) {
					k := name("k", i)
					first = append(first, define(k, key))
					key = k
				}
				targets[i] = &ast.IndexExpr{X: m, Lbrack: x.Lbrack, Index: key, Rbrack: x.Rbrack}
				continue
			}
			p := name("p", i)
			first = append(first, define(p, &ast.UnaryExpr{OpPos: x.Pos(), Op: token.AND, X: x}))
			targets[i] = &ast.StarExpr{Star: x.Pos(), X: p}
		case *ast.SelectorExpr:
			p := name("p", i)
			first = append(first, define(p, &ast.UnaryExpr{OpPos: x.Pos(), Op: token.AND, X: x}))
			targets[i] = &ast.StarExpr{Star: x.Pos(), X: p}
		case *ast.StarExpr:
			p := name("p", i)
			first = append(first, define(p, x.X))
			targets[i] = &ast.StarExpr{Star: x.Pos(), X: p}
		default:
			return nil
		}
	}
	for i, r := range as.Rhs {
		target := targets[i]
		if id, ok := target.(*ast.Ident); ok && id.Name == "_" {
			first = append(first, &ast.AssignStmt{Lhs: []ast.Expr{target}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{r}})
			continue
		}
		value := r
		if !constant(r) {
			v := name("v", i)
			first = append(first, define(v, r))
			value = v
		}
		then = append(then, &ast.AssignStmt{Lhs: []ast.Expr{target}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{value}})
	}
	return &ast.BlockStmt{Lbrace: pos, List: append(first, then...), Rbrace: as.End()}
}
