package cellsrc

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// Go panics with "runtime error: negative shift amount" on x << n or
// x >> n whose count n is a signed integer below zero; yaegi v0.16.1
// shifts anyway and hands back 0 (or x), silently. lowerShiftCounts
// writes such a count as __gogil.ShiftCount(int64(n)), whose uint result
// the runner gives only for a count Go accepts; the same for <<= and >>=.
//
// A count that cannot be negative keeps its shift as it is, so the usual
// bit loops pay no call per shift: a constant, a len or cap, and the
// variable of a loop that counts up from a constant at least zero
// (`for i := 0; ...; i++`, a range's index) that its body never assigns,
// and sums and products of those.

// ShiftCountHelper is the runner's helper of this file.
const ShiftCountHelper = "ShiftCount"

func lowerShiftCounts(f *File, opts Options) *cellio.Error {
	if !hasVariableShift(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	info := l.t.Info
	counts := map[ast.Expr]bool{}
	var loopVars map[*types.Var]bool
	check := func(count ast.Expr) {
		tv, ok := info.Types[count]
		if !ok || tv.Value != nil || tv.Type == nil {
			return
		}
		basic, ok := tv.Type.Underlying().(*types.Basic)
		if !ok || basic.Info()&types.IsInteger == 0 || basic.Info()&types.IsUnsigned != 0 {
			return
		}
		if loopVars == nil {
			loopVars = countingLoopVars(f.AST, info)
		}
		if nonNegative(info, count, loopVars) {
			return
		}
		counts[count] = true
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.SHL || n.Op == token.SHR {
				if whole, ok := info.Types[n]; ok && whole.Value == nil {
					check(n.Y)
				}
			}
		case *ast.AssignStmt:
			if (n.Tok == token.SHL_ASSIGN || n.Tok == token.SHR_ASSIGN) && len(n.Rhs) == 1 {
				check(n.Rhs[0])
			}
		}
		return true
	})
	if len(counts) == 0 {
		return nil
	}
	wrap := func(count ast.Expr) ast.Expr {
		if !counts[count] {
			return count
		}
		return &ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: count.Pos(), Name: RuntimeAlias}, Sel: ast.NewIdent(ShiftCountHelper)},
			Lparen: count.Pos(),
			Args:   []ast.Expr{&ast.CallExpr{Fun: &ast.Ident{NamePos: count.Pos(), Name: "int64"}, Lparen: count.Pos(), Args: []ast.Expr{count}, Rparen: count.End()}},
			Rparen: count.End(),
		}
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			n.Y = wrap(n.Y)
		case *ast.AssignStmt:
			if len(n.Rhs) == 1 && (n.Tok == token.SHL_ASSIGN || n.Tok == token.SHR_ASSIGN) {
				n.Rhs[0] = wrap(n.Rhs[0])
			}
		}
		return true
	})
	return nil
}

// nonNegative: the count x is certainly at least zero.
func nonNegative(info *types.Info, x ast.Expr, loopVars map[*types.Var]bool) bool {
	if tv, ok := info.Types[x]; ok && tv.Value != nil {
		return constant.Sign(tv.Value) >= 0
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.BinaryExpr:
		// i+1, 2*i: only an overflow past the type's maximum would make
		// them negative, which a loop's count plus or times a small
		// constant does not reach.
		if x.Op != token.ADD && x.Op != token.MUL {
			return false
		}
		small := func(y ast.Expr) bool {
			tv, ok := info.Types[y]
			if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
				return false
			}
			v, exact := constant.Int64Val(tv.Value)
			return exact && v >= 0 && v <= 1<<16
		}
		return small(x.X) && nonNegative(info, x.Y, loopVars) || small(x.Y) && nonNegative(info, x.X, loopVars)
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		return ok && loopVars[v]
	case *ast.CallExpr:
		return isBuiltin(info, x.Fun, "len", "cap")
	}
	return false
}

// countingLoopVars are the variables of loops that count up from zero or
// more and that nothing but the loop's post statement changes: a range's
// index over a slice, array, string or integer, and `i := c` with `i++` or
// `i += c` (c a constant at least zero) of a three-clause loop.
func countingLoopVars(file *ast.File, info *types.Info) map[*types.Var]bool {
	vars := map[*types.Var]bool{}
	posts := map[ast.Stmt]bool{}
	defined := func(x ast.Expr) *types.Var {
		id, ok := x.(*ast.Ident)
		if !ok {
			return nil
		}
		v, _ := info.Defs[id].(*types.Var)
		return v
	}
	atLeastZero := func(x ast.Expr) bool {
		tv, ok := info.Types[x]
		return ok && tv.Value != nil && tv.Value.Kind() == constant.Int && constant.Sign(tv.Value) >= 0
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RangeStmt:
			if n.Tok != token.DEFINE || n.Key == nil {
				break
			}
			v := defined(n.Key)
			if v == nil {
				break
			}
			tv, ok := info.Types[n.X]
			if !ok || tv.Type == nil {
				break
			}
			t := tv.Type.Underlying()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem().Underlying()
			}
			switch t := t.(type) {
			case *types.Slice, *types.Array:
				vars[v] = true
			case *types.Basic:
				if t.Info()&(types.IsInteger|types.IsString) != 0 {
					vars[v] = true
				}
			}
		case *ast.ForStmt:
			init, ok := n.Init.(*ast.AssignStmt)
			if !ok || init.Tok != token.DEFINE || len(init.Lhs) != 1 || len(init.Rhs) != 1 || !atLeastZero(init.Rhs[0]) {
				break
			}
			v := defined(init.Lhs[0])
			if v == nil {
				break
			}
			switch post := n.Post.(type) {
			case *ast.IncDecStmt:
				if post.Tok == token.INC && info.Uses[identOf(post.X)] == v {
					vars[v] = true
					posts[post] = true
				}
			case *ast.AssignStmt:
				if post.Tok == token.ADD_ASSIGN && len(post.Lhs) == 1 && info.Uses[identOf(post.Lhs[0])] == v && atLeastZero(post.Rhs[0]) {
					vars[v] = true
					posts[post] = true
				}
			}
		}
		return true
	})
	if len(vars) == 0 {
		return vars
	}
	// A variable changed anywhere but its loop's post statement, or whose
	// address is taken, may be negative.
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if posts[n] || n.Tok == token.DEFINE {
				break
			}
			for _, lhs := range n.Lhs {
				if v, ok := info.Uses[identOf(lhs)].(*types.Var); ok {
					delete(vars, v)
				}
			}
		case *ast.IncDecStmt:
			if posts[n] {
				break
			}
			if v, ok := info.Uses[identOf(n.X)].(*types.Var); ok {
				delete(vars, v)
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if v, ok := info.Uses[identOf(n.X)].(*types.Var); ok {
					delete(vars, v)
				}
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				for _, x := range []ast.Expr{n.Key, n.Value} {
					if v, ok := info.Uses[identOf(x)].(*types.Var); ok {
						delete(vars, v)
					}
				}
			}
		}
		return true
	})
	return vars
}

// identOf is x's identifier, nil if x is not one.
func identOf(x ast.Expr) *ast.Ident {
	if x == nil {
		return nil
	}
	id, _ := ast.Unparen(x).(*ast.Ident)
	return id
}
