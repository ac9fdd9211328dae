package cellsrc

import (
	"go/ast"
	"go/parser"
	"go/token"
)

// yaegi v0.16.1 cannot compile a type assertion to an instance of a
// generic type, x.(*entry[K, V]), as an operand: inside a generic
// function `e := x.(*entry[V])`, `return x.(entry[V]).val` and the
// comma-ok `e, ok := x.(*entry[V])` panic its compiler, and elsewhere
// they fail with "type not found: entry[int]". The same assertion
// assigned with = to a variable declared of that type compiles
// everywhere (and a type switch does too), so each other such assertion
// becomes a call of a function literal that does just that:
//
//	x.(*entry[V])        →  func() *entry[V] { var __gogil_v *entry[V]; __gogil_v = x.(*entry[V]); return __gogil_v }()
//	e, ok := x.(entry[V]) →  e, ok := func() (entry[V], bool) { ...; __gogil_v, __gogil_ok = x.(entry[V]); return __gogil_v, __gogil_ok }()
//
// x is evaluated once, inside the literal, and a failed assertion panics
// with the same message.
//
// A pointer to an instance of several type arguments, *entry[K, V], fails
// in every one of those forms inside a function's body: yaegi's compiler
// knows a single-index instance as a type but not an index list, so it
// compiles the * as a dereference of a value that has no type, and panics
// (a var of that type and a type switch case fail the same way). Only in a
// composite type (a slice, a map, a func's results) does it compile. Such
// an assertion in a declared function becomes a call of a generic
// function the part declares, that takes the type as a slice's element:
//
//	x.(*entry[K, V])        →  __gogil_assert(x, []*entry[K, V](nil))
//	e, ok := x.(*entry[K, V]) →  e, ok := __gogil_assertOK(x, []*entry[K, V](nil))
//
// so that yaegi instantiates the function with T = *entry[K, V] and
// asserts x.(T), which it compiles. A var of the type, which the
// rewriting of `p, ok := ...` that reuses ok writes too (reusedefine.go),
// gets its zero value from a third:
//
//	var p *entry[K, V]  →  var p = __gogil_zero([]*entry[K, V](nil))
func rewriteGenericAsserts(f *File) {
	file := f.AST
	commaOk := map[*ast.TypeAssertExpr]bool{}
	twoResults := map[*ast.TypeAssertExpr]bool{} // commaOk, and `v, ok = x.(T)`
	kept := map[*ast.TypeAssertExpr]bool{}
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			found = found || n.Type != nil && namesInstance(n.Type)
		case *ast.AssignStmt:
			if len(n.Rhs) != 1 {
				break
			}
			ta, ok := n.Rhs[0].(*ast.TypeAssertExpr)
			if !ok {
				break
			}
			if len(n.Lhs) == 2 {
				twoResults[ta] = true
			}
			switch {
			case n.Tok == token.ASSIGN:
				kept[ta] = true // the form that compiles
			case len(n.Lhs) == 2:
				commaOk[ta] = true
			}
		case *ast.ValueSpec:
			found = found || n.Type != nil && len(n.Values) == 0 && listPointer(n.Type)
			if len(n.Values) == 1 && len(n.Names) == 2 {
				if ta, ok := n.Values[0].(*ast.TypeAssertExpr); ok {
					commaOk[ta] = true
					twoResults[ta] = true
				}
			}
		}
		return true
	})
	if !found {
		return // the common case, without replaceExprs' walk by reflection
	}
	if f.Part.Kind == Decls {
		// A statement part's file is main's body: the helpers declared
		// beside it fail in the interpreter ("nil reflect type").
		rewriteListPointerAsserts(file, twoResults)
	}
	replaceExprs(file, func(x ast.Expr) ast.Expr {
		ta, ok := x.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil || kept[ta] || !namesInstance(ta.Type) {
			return x
		}
		return assertLiteral(ta, commaOk[ta])
	})
}

// namesInstance: the type expression t mentions an instance of a generic
// type (an index expression, which no other type is written with).
func namesInstance(t ast.Expr) bool {
	found := false
	ast.Inspect(t, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.IndexExpr, *ast.IndexListExpr:
			found = true
		case *ast.FuncLit:
			return false
		}
		return !found
	})
	return found
}

// assertLiteral is the call of a function literal that makes the
// assertion ta by an assignment, with its comma-ok result if commaOk.
func assertLiteral(ta *ast.TypeAssertExpr, commaOk bool) ast.Expr {
	pos := ta.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	decl := func(name string, t ast.Expr) ast.Stmt {
		return &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{
			&ast.ValueSpec{Names: []*ast.Ident{id(name)}, Type: t},
		}}}
	}
	v, ok := "__gogil_v", "__gogil_ok"
	results := &ast.FieldList{Opening: pos, List: []*ast.Field{{Type: ta.Type}}, Closing: pos}
	body := []ast.Stmt{decl(v, ta.Type)}
	assign := &ast.AssignStmt{Lhs: []ast.Expr{id(v)}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{ta}}
	ret := &ast.ReturnStmt{Return: pos, Results: []ast.Expr{id(v)}}
	if commaOk {
		results.List = append(results.List, &ast.Field{Type: id("bool")})
		body = append(body, decl(ok, id("bool")))
		assign.Lhs = append(assign.Lhs, id(ok))
		ret.Results = append(ret.Results, id(ok))
	}
	body = append(body, assign, ret)
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}, Results: results},
		Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos},
	}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: pos}
}

// The generic functions that rewriteListPointerAsserts calls, which a part
// declares when it calls them (redeclaring them in each such part, as a
// cell may redeclare a function).
const (
	assertHelper   = "__gogil_assert"
	assertOKHelper = "__gogil_assertOK"
	zeroHelper     = "__gogil_zero"
)

var assertHelperSrc = map[string]string{
	assertHelper:   "func " + assertHelper + "[T any](x any, _ []T) T { return x.(T) }",
	assertOKHelper: "func " + assertOKHelper + "[T any](x any, _ []T) (T, bool) { v, ok := x.(T); return v, ok }",
	zeroHelper:     "func " + zeroHelper + "[T any](_ []T) (z T) { return }",
}

// rewriteListPointerAsserts rewrites the assertions to *G[A, B] and the
// vars of that type without a value in the bodies of file's functions
// into calls of the helpers, and declares the helpers it calls.
func rewriteListPointerAsserts(file *ast.File, twoResults map[*ast.TypeAssertExpr]bool) {
	used := map[string]bool{}
	call := func(name string, pos token.Pos, t ast.Expr, args ...ast.Expr) ast.Expr {
		used[name] = true
		witness := &ast.CallExpr{Fun: &ast.ArrayType{Lbrack: pos, Elt: t}, Lparen: pos, Args: []ast.Expr{&ast.Ident{NamePos: pos, Name: "nil"}}, Rparen: pos}
		return &ast.CallExpr{Fun: &ast.Ident{NamePos: pos, Name: name}, Lparen: pos, Args: append(args, witness), Rparen: pos}
	}
	for _, d := range file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if vs, ok := n.(*ast.ValueSpec); ok && vs.Type != nil && len(vs.Values) == 0 && listPointer(vs.Type) {
				for _, name := range vs.Names {
					vs.Values = append(vs.Values, call(zeroHelper, name.Pos(), vs.Type))
				}
				vs.Type = nil
			}
			return true
		})
		replaceExprs(fd.Body, func(x ast.Expr) ast.Expr {
			ta, ok := x.(*ast.TypeAssertExpr)
			if !ok || ta.Type == nil || !listPointer(ta.Type) {
				return x
			}
			if twoResults[ta] {
				return call(assertOKHelper, ta.Pos(), ta.Type, ta.X)
			}
			return call(assertHelper, ta.Pos(), ta.Type, ta.X)
		})
	}
	for _, name := range []string{assertHelper, assertOKHelper, zeroHelper} {
		if !used[name] {
			continue
		}
		hf, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+assertHelperSrc[name], 0)
		if err != nil {
			panic(err) // a constant that parses
		}
		file.Decls = append(file.Decls, hf.Decls[0])
	}
}

// listPointer: t is a pointer to an instance of several type arguments,
// *G[A, B] (the form yaegi compiles only inside a composite type).
func listPointer(t ast.Expr) bool {
	for {
		p, ok := t.(*ast.ParenExpr)
		if !ok {
			break
		}
		t = p.X
	}
	s, ok := t.(*ast.StarExpr)
	if !ok {
		return false
	}
	x := s.X
	for {
		p, ok := x.(*ast.ParenExpr)
		if !ok {
			break
		}
		x = p.X
	}
	_, ok = x.(*ast.IndexListExpr)
	return ok
}
