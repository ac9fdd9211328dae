package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
)

// yaegi's global analysis cannot type a generic function's call: a
// top-level `xs := Map(a, f)` fails with "constant definition loop" (or
// "not a generic type" once the type arguments are written in), and
// `var xs = Map(a, f)` fails the same way. The same call is
// right as an assignment to a declared variable, and anywhere in a
// function body. So, at the top level of the statements, such a := or
// var of a generic function of the cells becomes declarations of the
// new names with the types go/types gave them, then an assignment:
// `var xs []string; xs = Map[int, string](a, f)`. A name whose type the
// cell cannot write (a type local to a function) leaves the statement as
// it was.

// lowerGenericDefines rewrites the top-level statements of a Stmts part;
// it runs after the type arguments were written in, with the types of
// the user's nodes still at hand.
func (l *typedLowering) lowerGenericDefines() {
	info := l.info()
	if info == nil {
		return
	}
	if l.f.Part.Kind == Decls {
		l.typeGenericVars()
		return
	}
	if l.f.Part.Kind != Stmts {
		return
	}
	main, _ := MainBody(l.f.AST)
	if main == nil || main.Body == nil {
		return
	}
	var out []ast.Stmt
	changed := false
	for _, st := range main.Body.List {
		if repl := l.genericDefine(st, false); repl != nil {
			out = append(out, repl...)
			changed = true
			continue
		}
		if block := l.genericInit(st); block != nil {
			out = append(out, block)
			changed = true
			continue
		}
		out = append(out, st)
	}
	if changed {
		main.Body.List = out
	}
}

// genericInit writes an if or switch statement whose init is such a :=
// (`if w := Wrap(7).Get(); w > 0 {`, which failed the same way) as a
// block of the init's lowering and the statement without it, which
// keeps the names to the statement; nil leaves st as it is.
func (l *typedLowering) genericInit(st ast.Stmt) ast.Stmt {
	var init *ast.Stmt
	switch st := st.(type) {
	case *ast.IfStmt:
		init = &st.Init
	case *ast.SwitchStmt:
		init = &st.Init
	case *ast.TypeSwitchStmt:
		init = &st.Init
	default:
		return nil
	}
	if *init == nil {
		return nil
	}
	repl := l.genericDefine(*init, true)
	if repl == nil {
		return nil
	}
	*init = nil
	return &ast.BlockStmt{Lbrace: st.Pos(), List: append(repl, st), Rbrace: st.End()}
}

// genericDefine writes st, when it is a := with a call of a cell generic
// function among its values, as declarations and an assignment; nil leaves
// it as it is. Local: st's names are a block's, never an earlier cell's
// globals. (A var statement of the cell is a declaration: see
// typeGenericVars.)
func (l *typedLowering) genericDefine(st ast.Stmt, local bool) []ast.Stmt {
	var names []*ast.Ident
	var values []ast.Expr
	var at token.Pos
	switch st := st.(type) {
	case *ast.AssignStmt:
		if st.Tok != token.DEFINE {
			return nil
		}
		for _, x := range st.Lhs {
			id, ok := x.(*ast.Ident)
			if !ok {
				return nil
			}
			names = append(names, id)
		}
		values, at = st.Rhs, st.TokPos
	default:
		return nil
	}
	generic := false
	for _, v := range values {
		generic = generic || l.containsCellGenericCall(v)
	}
	if !generic {
		return nil
	}
	info := l.t.Info
	var out []ast.Stmt
	lhs := make([]ast.Expr, len(names))
	for i, id := range names {
		lhs[i] = &ast.Ident{NamePos: id.NamePos, Name: id.Name}
		obj := info.Defs[id]
		if id.Name == "_" || obj == nil {
			continue // assigned, not declared (a := may reuse a name)
		}
		if obj.Pkg() != nil && !local {
			if prev, ok := obj.Pkg().Scope().Lookup(id.Name).(*types.Var); ok {
				// A global of an earlier cell, which := replaces: a var
				// statement would zero it when the part compiles, before
				// the statements above this one read it.
				if !types.Identical(prev.Type(), obj.Type()) {
					return nil
				}
				continue
			}
		}
		if mentionsLocalType(obj.Type(), map[types.Type]bool{}) {
			return nil
		}
		t, ok := l.nameType(id, obj.Type())
		if !ok {
			return nil
		}
		// A function's var of an instance of several type parameters,
		// var c *LRU[string, int], panics the interpreter; of an alias
		// of it, it does not.
		t = l.instanceAliases(t)
		out = append(out, &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: id.Pos(), Tok: token.VAR, Specs: []ast.Spec{
			&ast.ValueSpec{Names: []*ast.Ident{id}, Type: t},
		}}})
	}
	return append(out, &ast.AssignStmt{Lhs: lhs, TokPos: at, Tok: token.ASSIGN, Rhs: values})
}

// callsCellGenericFunc: x is a call of a generic function a cell declared
// (instantiated or not).
func (l *typedLowering) callsCellGenericFunc(x ast.Expr) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := calledName(call)
	if !ok {
		return false
	}
	fn, ok := l.t.Info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || !cellPackage(l.t, fn.Pkg()) {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.TypeParams().Len() > 0
}

// containsCellGenericCall: x calls a generic function a cell declared, as
// its value or in an operand (Wrap(3).Get(), Sum(xs) + 1, Keys(m)[0]), not
// in a function literal, whose body the interpreter compiles as a
// function's: its global analysis of `v := Wrap(3).Get()` dereferenced
// the call's missing type.
func (l *typedLowering) containsCellGenericCall(x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case ast.Expr:
			found = found || l.callsCellGenericFunc(n)
		}
		return !found
	})
	return found
}

// typeGenericVars gives a file-level `var xs = Map(a, f)` (a var
// statement of the cell is a declaration) the type go/types gave it, when
// its names share one type the cell can write: the interpreter's analysis
// of the var fails as that of the := does.
func (l *typedLowering) typeGenericVars() {
	for _, d := range l.f.AST.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			if vs.Type != nil || len(vs.Values) == 0 {
				continue
			}
			generic := false
			for _, v := range vs.Values {
				generic = generic || l.callsCellGenericFunc(v)
			}
			if !generic {
				continue
			}
			var t types.Type
			for _, id := range vs.Names {
				obj := l.t.Info.Defs[id]
				if obj == nil || t != nil && !types.Identical(t, obj.Type()) {
					t = nil
					break
				}
				t = obj.Type()
			}
			if t == nil || mentionsLocalType(t, map[types.Type]bool{}) {
				continue
			}
			if x, ok := l.nameType(vs.Names[0], t); ok {
				vs.Type = l.instanceAliases(x)
			}
		}
	}
}
