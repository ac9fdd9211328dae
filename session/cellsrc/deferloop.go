package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 runs a deferred function literal with the variables of the
// frame as they are when the function returns, not as the literal found
// them when the defer statement ran: one deferred in a loop sees the last
// iteration's variables, even after the per-iteration copies of
// loopvar.go (a native defer stack at the top level does the same, the
// literal being handed over with the live frame). Hoisting the literal
// into a variable, or making it the result of a call, was measured to
// give the same values or to hang the interpreter. Arguments, on the
// other hand, are copied per iteration, so the workaround is to pass the
// variables as parameters; until the interpreter is fixed, such a defer
// is refused with that advice rather than run wrongly.

// checkDeferredLiterals returns an error naming the first function literal
// deferred inside a loop of its own function that mentions a variable the
// loop declares (its init or range variables, or a := or var of its
// body). Nothing is rewritten.
func checkDeferredLiterals(f *File, opts Options) *cellio.Error {
	var found *ast.DeferStmt
	var name string
	var l *typedLowering // made at the first literal to pass variables to
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		loop, ok := n.(ast.Stmt)
		if !ok || !isLoop(loop) {
			return true
		}
		declared := loopDeclared(loop)
		if len(declared) == 0 {
			return true
		}
		inspectOwnFunction(loopBody(loop), func(d *ast.DeferStmt) bool {
			lit, ok := d.Call.Fun.(*ast.FuncLit)
			if !ok {
				return true
			}
			if v := mentionedFree(lit, declared); v != "" {
				if l == nil {
					l = &typedLowering{f: f, t: f.types(opts)}
				}
				if l.passLoopVariables(d, lit, declared, loopBody(loop)) {
					return true
				}
				found, name = d, v
				return false
			}
			return true
		})
		return found == nil
	})
	if found == nil {
		return nil
	}
	return f.compileError(found, "a function literal deferred inside a loop that uses the loop's variable %s, which the loop's body changes, is not supported by gogil: its interpreter would run it with the last iteration's %s; pass it as an argument instead: defer func(%s T) { ... }(%s)",
		name, name, name, name)
}

// passLoopVariables rewrites `defer func() { ... v ... }()` in a loop into
// `defer func(v T) { ... v ... }(v)` for each variable of the loop the
// literal uses, which is the same as long as nothing assigns v, or takes
// its address, in the loop's body (the literal included): each iteration
// has its own v (Go 1.22), which then keeps the value it had at the defer.
// It reports false, changing nothing, where that does not hold or a type
// cannot be written.
func (l *typedLowering) passLoopVariables(d *ast.DeferStmt, lit *ast.FuncLit, declared map[string]bool, body *ast.BlockStmt) bool {
	if l.t == nil || l.t.Info == nil {
		return false
	}
	if ps := lit.Type.Params; ps != nil && len(ps.List) > 0 {
		if _, variadic := ps.List[len(ps.List)-1].Type.(*ast.Ellipsis); variadic {
			return false
		}
	}
	var names []string
	seen := map[string]bool{}
	for {
		rest := map[string]bool{}
		for n := range declared {
			if !seen[n] {
				rest[n] = true
			}
		}
		v := mentionedFree(lit, rest)
		if v == "" {
			break
		}
		seen[v] = true
		names = append(names, v)
	}
	var params []*ast.Field
	var args []ast.Expr
	for _, v := range names {
		if changedIn(body, v) {
			return false
		}
		obj := l.usedObject(lit, v)
		if obj == nil {
			return false
		}
		t, ok := l.nameType(d, obj.Type())
		if !ok {
			return false
		}
		params = append(params, &ast.Field{Names: []*ast.Ident{ast.NewIdent(v)}, Type: t})
		args = append(args, ast.NewIdent(v))
	}
	if lit.Type.Params == nil {
		lit.Type.Params = &ast.FieldList{}
	}
	lit.Type.Params.List = append(lit.Type.Params.List, params...)
	d.Call.Args = append(d.Call.Args, args...)
	return true
}

// usedObject is the variable named name that lit uses, as go/types
// resolved it.
func (l *typedLowering) usedObject(lit *ast.FuncLit, name string) types.Object {
	var obj types.Object
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == name && obj == nil {
			if o, ok := l.t.Info.Uses[id].(*types.Var); ok {
				obj = o
			}
		}
		return obj == nil
	})
	return obj
}

// changedIn reports whether body assigns name (=, op=, ++, --), takes its
// address, or declares it again with a := of several names, anywhere.
func changedIn(body *ast.BlockStmt, name string) bool {
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && id.Name == name
	}
	hit := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE || len(n.Lhs) > 1 {
				for _, e := range n.Lhs {
					hit = hit || is(e) && !(n.Tok == token.DEFINE && len(n.Lhs) == 1)
				}
			}
		case *ast.IncDecStmt:
			hit = hit || is(n.X)
		case *ast.UnaryExpr:
			hit = hit || n.Op == token.AND && is(n.X)
		case *ast.RangeStmt:
			hit = hit || n.Tok == token.ASSIGN && (is(n.Key) || n.Value != nil && is(n.Value))
		}
		return !hit
	})
	return hit
}

func isLoop(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.ForStmt, *ast.RangeStmt:
		return true
	}
	return false
}

func loopBody(s ast.Stmt) *ast.BlockStmt {
	switch s := s.(type) {
	case *ast.ForStmt:
		return s.Body
	case *ast.RangeStmt:
		return s.Body
	}
	return nil
}

// loopDeclared are the names a loop declares for each iteration: its init
// or range variables and what its body declares outside function literals.
func loopDeclared(s ast.Stmt) map[string]bool {
	names := map[string]bool{}
	addIdents := func(exprs ...ast.Expr) {
		for _, e := range exprs {
			if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
				names[id.Name] = true
			}
		}
	}
	switch s := s.(type) {
	case *ast.ForStmt:
		if as, ok := s.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			addIdents(as.Lhs...)
		}
	case *ast.RangeStmt:
		if s.Tok == token.DEFINE {
			addIdents(s.Key, s.Value)
		}
	}
	ast.Inspect(loopBody(s), func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				addIdents(n.Lhs...)
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				addIdents(id)
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				addIdents(n.Key, n.Value)
			}
		}
		return true
	})
	return names
}

// inspectOwnFunction calls visit for each defer statement of body that
// belongs to body's function (not to a function literal inside it), until
// visit returns false.
func inspectOwnFunction(body *ast.BlockStmt, visit func(*ast.DeferStmt) bool) {
	stop := false
	ast.Inspect(body, func(n ast.Node) bool {
		if stop {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			if !visit(n) {
				stop = true
				return false
			}
		}
		return true
	})
}

// mentionedFree is a name of declared that lit's body uses without
// declaring it itself (a parameter, or a := or var of its own), or "".
func mentionedFree(lit *ast.FuncLit, declared map[string]bool) string {
	own := map[string]bool{}
	for _, fl := range []*ast.FieldList{lit.Type.Params, lit.Type.Results} {
		if fl == nil {
			continue
		}
		for _, field := range fl.List {
			for _, id := range field.Names {
				own[id.Name] = true
			}
		}
	}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, e := range n.Lhs {
					if id, ok := e.(*ast.Ident); ok {
						own[id.Name] = true
					}
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				own[id.Name] = true
			}
		}
		return true
	})
	var used string
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if used != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			ast.Inspect(n.X, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok && used == "" && declared[id.Name] && !own[id.Name] {
					used = id.Name
				}
				return used == ""
			})
			return false
		case *ast.KeyValueExpr:
			// A struct literal's field name is not a variable; its value may be.
			ast.Inspect(n.Value, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok && used == "" && declared[id.Name] && !own[id.Name] {
					used = id.Name
				}
				return used == ""
			})
			if _, isIdent := n.Key.(*ast.Ident); isIdent {
				return false
			}
		case *ast.Ident:
			if declared[n.Name] && !own[n.Name] {
				used = n.Name
			}
		}
		return true
	})
	return used
}
