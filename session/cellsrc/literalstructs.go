package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// yaegi v0.16.1 gives a cell's struct type the reflect type of its
// underlying struct, the one a struct literal type of the same fields
// has: a value of struct{ X, Y int } in an interface is a Point there, to
// ==, type switches, assertions and %T alike (var e any = anon; e == p1
// was true, e.(Point) succeeded, %T printed main.Point). A part where a
// value of a struct literal type identical to the underlying type of a
// struct type the cells declared goes into an interface (an argument, an
// assignment, an element, a result, an operand of ==) is refused, naming
// both; Go's program runs it (the magics run a cell that stands alone as
// one). The print functions of fmt and log are left out: the printing
// pass hands them the static type (printtypes.go), and a value that is
// only printed is what most tutorials' struct literal types are for.

// refuseLiteralStructs refuses the part's first value of a struct literal
// type of a declared struct type's fields that goes into an interface,
// where the part writes such a type or an earlier part did
// (Options.LiteralStructs); it converts such values that x == y compares
// with a value of the declared type.
func refuseLiteralStructs(f *File, opts Options) {
	var literals []*ast.StructType
	ast.Inspect(f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeSpec:
			if st, ok := n.Type.(*ast.StructType); ok {
				// The declared type itself; its fields' types may be
				// literals.
				for _, field := range st.Fields.List {
					ast.Inspect(field.Type, func(m ast.Node) bool {
						if lit, ok := m.(*ast.StructType); ok {
							literals = append(literals, lit)
						}
						return true
					})
				}
				return false
			}
		case *ast.StructType:
			literals = append(literals, n)
		}
		return true
	})
	// struct{}, of sets and signals, is left alone: refusing it beside
	// every method-only type (type Dog struct{}) would refuse many a
	// program for the rare == or switch of one in an interface.
	literals = slices.DeleteFunc(literals, func(st *ast.StructType) bool { return len(st.Fields.List) == 0 })
	if len(literals) == 0 && !opts.LiteralStructs {
		return
	}
	l := f.typedLowering(opts)
	if l == nil {
		return
	}
	declared := l.declaredStructs()
	if len(declared) == 0 {
		return
	}
	// sharing is the declared type whose fields a value of x's type, a
	// struct literal type, has.
	sharing := func(x ast.Expr) *types.Named {
		tv, ok := l.t.Info.Types[x]
		if !ok || tv.Type == nil {
			return nil
		}
		if st, ok := tv.Type.(*types.Struct); !ok || st.NumFields() == 0 {
			return nil
		}
		for _, named := range declared {
			if types.Identical(tv.Type, named.Underlying()) {
				return named
			}
		}
		return nil
	}
	for _, lit := range literals {
		if sharing(lit) != nil {
			f.literalStructs = true
		}
	}
	if !f.literalStructs && !opts.LiteralStructs {
		return
	}
	l.convertComparedLiterals(f.AST)
	// reflect.DeepEqual's operands are compared by their static types
	// (session/deepequal.go).
	skip := func(call *ast.CallExpr) bool {
		return printFunc(l.t.Info, call.Fun) || isDeepEqual(l.t.Info, call.Fun)
	}
	l.eachInterfaceOperand(f.AST, skip, func(x ast.Expr) bool {
		named := sharing(x)
		if named == nil {
			return true
		}
		f.fail(f.compileError(x, "gogil cannot put a value of the struct literal type %s in an interface beside the type %s declared in a cell, which has its fields: its interpreter gives both one reflect type, "+
			"so the value would compare, switch, assert and print as a %s; use %s in its place",
			types.TypeString(l.t.Info.Types[x].Type, nil), named.Obj().Name(), named.Obj().Name(), named.Obj().Name()))
		return false
	})
}

// WritesSharedLiteralStructs: the part writes a struct literal type with
// the fields of a struct type the cells declared, whose values the later
// parts must not put in interfaces either (Options.LiteralStructs).
func (f *File) WritesSharedLiteralStructs() bool { return f.literalStructs }

// convertComparedLiterals converts the operand of a struct literal type
// in x == y to the declared struct type of the other operand, which Go's
// assignability lets it compare with, and yaegi refuses ("mismatched
// types"). A type the part cannot name (declared in another function)
// keeps yaegi's error.
func (l *typedLowering) convertComparedLiterals(file *ast.File) {
	plans := map[ast.Expr]ast.Expr{}
	ast.Inspect(file, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || b.Op != token.EQL && b.Op != token.NEQ {
			return true
		}
		for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
			named, ok := types.Unalias(l.t.Info.Types[pair[0]].Type).(*types.Named)
			if !ok || named.TypeArgs().Len() > 0 {
				continue
			}
			lit, ok := l.t.Info.Types[pair[1]].Type.(*types.Struct)
			if !ok || !types.Identical(lit, named.Underlying()) {
				continue
			}
			if t, ok := l.nameType(pair[1], named); ok {
				plans[pair[1]] = &ast.CallExpr{Fun: t, Lparen: pair[1].Pos(), Args: []ast.Expr{pair[1]}, Rparen: pair[1].End()}
			}
		}
		return true
	})
	if len(plans) > 0 {
		replaceExprs(file, func(x ast.Expr) ast.Expr {
			if c, ok := plans[x]; ok {
				return c
			}
			return x
		})
	}
}

// eachInterfaceOperand calls visit with each expression of the file that
// Go converts to an interface type where it is used, but for the
// arguments of the calls skip says, until visit returns false.
func (l *typedLowering) eachInterfaceOperand(file *ast.File, skip func(*ast.CallExpr) bool, visit func(ast.Expr) bool) {
	info := l.t.Info
	isIface := func(t types.Type) bool {
		if t == nil {
			return false
		}
		if _, tp := t.(*types.TypeParam); tp {
			return false
		}
		return types.IsInterface(t)
	}
	typeOf := func(x ast.Expr) types.Type {
		if tv, ok := info.Types[x]; ok {
			return tv.Type
		}
		return nil
	}
	var results []*types.Tuple // of the enclosing functions
	going := true
	into := func(t types.Type, xs ...ast.Expr) {
		if !going || !isIface(t) {
			return
		}
		for _, x := range xs {
			if going && x != nil {
				going = visit(x)
			}
		}
	}
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		if !going {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			if obj, ok := info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				results = append(results, obj.Type().(*types.Signature).Results())
				ast.Inspect(n.Body, walk)
				results = results[:len(results)-1]
			}
			return false
		case *ast.FuncLit:
			if sig, ok := typeOf(n).(*types.Signature); ok {
				results = append(results, sig.Results())
				ast.Inspect(n.Body, walk)
				results = results[:len(results)-1]
			}
			return false
		case *ast.ReturnStmt:
			if len(results) > 0 && results[len(results)-1].Len() == len(n.Results) {
				for i, r := range n.Results {
					into(results[len(results)-1].At(i).Type(), r)
				}
			}
		case *ast.CallExpr:
			if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
				into(tv.Type, n.Args...) // any(v)
				break
			}
			if skip(n) {
				break
			}
			sig, ok := typeOf(n.Fun).(*types.Signature)
			if !ok {
				break
			}
			for i, a := range n.Args {
				if t := paramType(sig, n, i); t != nil {
					into(t, a)
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for i, r := range n.Rhs {
					into(typeOf(n.Lhs[i]), r)
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil {
				into(typeOf(n.Type), n.Values...)
			}
		case *ast.CompositeLit:
			switch t := coreType(typeOf(n)).(type) {
			case *types.Slice:
				l.compositeInto(n, t.Elem(), nil, into)
			case *types.Array:
				l.compositeInto(n, t.Elem(), nil, into)
			case *types.Map:
				l.compositeInto(n, t.Elem(), t.Key(), into)
			case *types.Struct:
				for i, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok {
							if v, ok := info.Uses[id].(*types.Var); ok {
								into(v.Type(), kv.Value)
							}
						}
					} else if i < t.NumFields() {
						into(t.Field(i).Type(), e)
					}
				}
			}
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				into(typeOf(n.X), n.Y)
				into(typeOf(n.Y), n.X)
			}
		case *ast.SendStmt:
			if ch, ok := coreType(typeOf(n.Chan)).(*types.Chan); ok {
				into(ch.Elem(), n.Value)
			}
		case *ast.IndexExpr:
			if m, ok := coreType(typeOf(n.X)).(*types.Map); ok {
				into(m.Key(), n.Index)
			}
		}
		return going
	}
	ast.Inspect(file, walk)
}

// compositeInto hands into the elements (and keys) of a slice, array or
// map literal with the element (and key) type.
func (l *typedLowering) compositeInto(lit *ast.CompositeLit, elem, key types.Type, into func(types.Type, ...ast.Expr)) {
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if key != nil {
				into(key, kv.Key)
			}
			into(elem, kv.Value)
			continue
		}
		into(elem, e)
	}
}

// isDeepEqual: fun is reflect.DeepEqual.
func isDeepEqual(info *types.Info, fun ast.Expr) bool {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "reflect" && fn.Name() == "DeepEqual"
}

// printFunc: fun is one of the functions of fmt or log.
func printFunc(info *types.Info, fun ast.Expr) bool {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "fmt", "log":
		return true
	}
	return false
}

// declaredStructs are the struct types the cells declared, at the top
// level (this part's and earlier cells') or in this part's functions;
// not generic ones, whose instances are other types.
func (l *typedLowering) declaredStructs() []*types.Named {
	var out []*types.Named
	add := func(obj types.Object) {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() {
			return
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 || slices.Contains(out, named) {
			return
		}
		if _, ok := named.Underlying().(*types.Struct); ok {
			out = append(out, named)
		}
	}
	if sc := l.mainScope(); sc != nil {
		for _, name := range sc.Names() {
			add(sc.Lookup(name))
		}
	}
	for _, obj := range l.t.Info.Defs {
		if obj != nil && inMain(obj) {
			add(obj)
		}
	}
	return out
}
