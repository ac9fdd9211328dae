package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// yaegi v0.16.1 infers a type parameter only from the types of the
// arguments themselves: one that appears only in a function argument's
// result (U of Map[T, U any](xs []T, f func(T) U) []U) is "undefined
// type for U". go/types knows every instantiation, so the typed lowering
// writes the type arguments of each use of a generic function the cells
// declared, Map(xs, f) becoming Map[int, string](xs, f), whenever the
// code gives fewer than there are. A type argument the cell's code cannot
// name (a type local to another function, a package it has not imported)
// leaves the use as it was, for the interpreter's own inference.

// callsCellGeneric is the cheap syntactic test: the part names a function
// it declares with type parameters, or one that generic says an earlier
// part declared.
func callsCellGeneric(file *ast.File, generic func(string) bool) bool {
	own := map[string]bool{}
	names := map[*ast.Ident]bool{} // the declarations' names, not uses
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			names[fd.Name] = true
			if fd.Recv == nil && fd.Type.TypeParams != nil && len(fd.Type.TypeParams.List) > 0 {
				own[fd.Name.Name] = true
			}
		}
	}
	if len(own) == 0 && generic == nil {
		return false
	}
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !names[id] && (own[id.Name] || generic != nil && generic(id.Name)) {
			found = true
		}
		// Inspect visits the siblings of a node whose children it skips:
		// found must never turn false again.
		return !found
	})
	return found
}

// planInstances finds the uses of the cells' generic functions that lack
// type arguments and records, by node, what replaces each.
func (l *typedLowering) planInstances() map[ast.Expr]ast.Expr {
	info := l.info()
	if info == nil || len(info.Instances) == 0 {
		return nil
	}
	out := map[ast.Expr]ast.Expr{}
	inIndex := map[*ast.Ident]bool{}
	var hoist []ast.Decl
	defer func() { l.hoistAliases(hoist) }()
	ast.Inspect(l.f.AST, func(n ast.Node) bool {
		var id *ast.Ident
		given := 0
		switch n := n.(type) {
		case *ast.IndexExpr:
			id, _ = ast.Unparen(n.X).(*ast.Ident)
			given = 1
		case *ast.IndexListExpr:
			id, _ = ast.Unparen(n.X).(*ast.Ident)
			given = len(n.Indices)
		case *ast.Ident:
			if !inIndex[n] {
				id = n
			}
		}
		if id == nil {
			return true
		}
		if given > 0 {
			inIndex[id] = true
			if fn, ok := info.Uses[id].(*types.Func); ok && fn.Pkg() != nil && cellPackage(l.t, fn.Pkg()) {
				switch n := n.(type) {
				case *ast.IndexExpr:
					n.Index = l.instanceAliases(n.Index)
				case *ast.IndexListExpr:
					for i, x := range n.Indices {
						n.Indices[i] = l.instanceAliases(x)
					}
				}
			} else if l.genericCellType(id) {
				// An instance as a type argument of a generic type,
				// Stack[Pair[string, int]], panics the same way.
				before := len(l.f.AST.Decls)
				l.aliasInstanceArgs(n)
				hoist = append(hoist, l.f.AST.Decls[before:]...)
			}
		}
		args := l.missingTypeArgs(id, given)
		if args == nil {
			return true
		}
		fun := &ast.Ident{NamePos: id.NamePos, Name: id.Name}
		x, _ := n.(ast.Expr)
		if len(args) == 1 {
			out[x] = &ast.IndexExpr{X: fun, Lbrack: id.End(), Index: args[0], Rbrack: id.End()}
		} else {
			out[x] = &ast.IndexListExpr{X: fun, Lbrack: id.End(), Indices: args, Rbrack: id.End()}
		}
		// The new ident is the old one's object, for the passes after.
		if o := info.Uses[id]; o != nil {
			info.Uses[fun] = o
		}
		return true
	})
	return out
}

// missingTypeArgs writes all the type arguments of id's instantiation when
// id is a generic function of the cells given fewer than it has; nil
// otherwise, or when the cell cannot name one of them.
func (l *typedLowering) missingTypeArgs(id *ast.Ident, given int) []ast.Expr {
	info := l.t.Info
	inst, ok := info.Instances[id]
	if !ok || inst.TypeArgs.Len() <= given {
		return nil
	}
	fn, ok := info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || !cellPackage(l.t, fn.Pkg()) {
		return nil
	}
	// The enclosing function's type parameters are written out only for a
	// variadic callee, which yaegi cannot infer inside a generic body, and
	// for a callee of the part, whose explicit instance witnesscalls.go
	// turns into a call it infers better than the user's: MinBy(xs, func(t
	// T) K {...}) in MaxBy[T, K] was "not a generic type" once T was a
	// cell type. For other callees an explicit Inner[T](x) fails at run
	// time when T is a struct type, and their own inference works there.
	seen := map[types.Type]bool{}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Variadic() || l.declaresGeneric(fn.Name()) {
		seen = l.visibleTypeParams(id)
	}
	l.nameableLocalTypes(id, inst.TypeArgs, seen)
	args := make([]ast.Expr, inst.TypeArgs.Len())
	for i := range inst.TypeArgs.Len() {
		t := inst.TypeArgs.At(i)
		if mentionsLocalType(t, seen) {
			return nil
		}
		x, ok := l.nameType(id, t)
		if !ok {
			return nil
		}
		args[i] = l.instanceAliases(x)
	}
	return args
}

// declaresGeneric: the part declares a generic function of that name.
func (l *typedLowering) declaresGeneric(name string) bool {
	for _, d := range l.f.AST.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Type.TypeParams != nil && fd.Name.Name == name {
			return true
		}
	}
	return false
}

// visibleTypeParams are the type parameters of the function declaration
// around at that the code can name there, each mapped to true: the seen
// set mentionsLocalType starts from. yaegi v0.16.1 cannot infer a generic
// call's type arguments from arguments typed by the enclosing function's
// type parameters when the callee is variadic (Sum(xs...) in Average[T];
// it panics compiling), yet runs Sum[T](xs...) when T is a type of the
// language (Average([]float64{...})). With a named type it still panics
// compiling: an error, as before.
func (l *typedLowering) visibleTypeParams(at *ast.Ident) map[types.Type]bool {
	seen := map[types.Type]bool{}
	for _, d := range l.f.AST.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || at.Pos() < fd.Pos() || at.Pos() >= fd.End() {
			continue
		}
		var names []*ast.Ident
		if fd.Type.TypeParams != nil {
			for _, field := range fd.Type.TypeParams.List {
				names = append(names, field.Names...)
			}
		}
		if fd.Recv != nil && len(fd.Recv.List) == 1 {
			// A method's receiver names its type's parameters:
			// func (s *Stack[T]) Push(v T).
			recv := fd.Recv.List[0].Type
			if star, ok := recv.(*ast.StarExpr); ok {
				recv = star.X
			}
			switch r := recv.(type) {
			case *ast.IndexExpr:
				names = appendIdent(names, r.Index)
			case *ast.IndexListExpr:
				for _, x := range r.Indices {
					names = appendIdent(names, x)
				}
			}
		}
		// A type the body declares under the same name hides one.
		hidden := map[string]bool{}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if ts, ok := n.(*ast.TypeSpec); ok {
				hidden[ts.Name.Name] = true
			}
			return true
		})
		for _, name := range names {
			if tn, ok := l.t.Info.Defs[name].(*types.TypeName); ok && !hidden[name.Name] {
				seen[tn.Type()] = true
			}
		}
	}
	return seen
}

// nameableLocalTypes marks in seen the types of the type arguments that
// a function around at declares and that their names mean there: yaegi
// v0.16.1 cannot infer E of Len[S ~[]E, E any](s S) from a type local
// to a function (type IDs []int in main; "undefined type for E"), yet
// runs Len[IDs, int](ids). Inside a generic function a local type may
// mention the function's type parameters, which the interpreter
// substitutes in its own way: none is marked there.
func (l *typedLowering) nameableLocalTypes(at *ast.Ident, args *types.TypeList, seen map[types.Type]bool) {
	for _, d := range l.f.AST.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && at.Pos() >= fd.Pos() && at.Pos() < fd.End() && (fd.Type.TypeParams != nil || fd.Recv != nil) {
			return
		}
	}
	scope := l.mainScope()
	if scope == nil {
		return
	}
	inner := scope.Innermost(at.Pos())
	if inner == nil {
		return
	}
	for i := range args.Len() {
		named, ok := types.Unalias(args.At(i)).(*types.Named)
		if !ok || named.TypeParams().Len() > 0 {
			continue
		}
		o := named.Obj()
		if o.Pkg() == nil || o.Parent() == o.Pkg().Scope() {
			continue
		}
		if _, here := inner.LookupParent(o.Name(), at.Pos()); here == o {
			seen[named] = true
		}
	}
}

// nestsInstances: the file writes an index expression of a name whose
// index is one too, as an instance written as a type argument of a
// generic type is (Stack[Pair[string, int]]); planInstances aliases it.
func nestsInstances(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			if _, ok := ast.Unparen(n.X).(*ast.Ident); ok && isNamedInstance(n.Index) {
				found = true
			}
		case *ast.IndexListExpr:
			if _, ok := ast.Unparen(n.X).(*ast.Ident); ok {
				for _, x := range n.Indices {
					found = found || isNamedInstance(x)
				}
			}
		}
		return !found
	})
	return found
}

// isNamedInstance: x is an index expression of a name, Pair[string, int].
func isNamedInstance(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.IndexExpr:
		_, ok := ast.Unparen(x.X).(*ast.Ident)
		return ok
	case *ast.IndexListExpr:
		_, ok := ast.Unparen(x.X).(*ast.Ident)
		return ok
	}
	return false
}

// hoistAliases moves the aliases of type arguments of generic types,
// which instanceAliases appended, before the part's first declaration
// that names one: the interpreter types a variable or a struct's field
// where it is declared (var ps Stack[__gogil_inst1_1] above the alias
// is "nil reflect type"), and an alias above its generic type is too.
func (l *typedLowering) hoistAliases(hoist []ast.Decl) {
	if len(hoist) == 0 {
		return
	}
	moved := map[ast.Decl]bool{}
	names := map[string]bool{}
	for _, d := range hoist {
		moved[d] = true
		for _, spec := range d.(*ast.GenDecl).Specs {
			names[spec.(*ast.TypeSpec).Name.Name] = true
		}
	}
	var out []ast.Decl
	placed := false
	for _, d := range l.f.AST.Decls {
		if moved[d] {
			continue
		}
		if !placed && someNode(d, func(n ast.Node) bool { id, ok := n.(*ast.Ident); return ok && names[id.Name] }) {
			out = append(out, hoist...)
			placed = true
		}
		out = append(out, d)
	}
	if !placed {
		out = append(out, hoist...)
	}
	l.f.AST.Decls = out
}

// genericCellType: id names a generic type the cells declare.
func (l *typedLowering) genericCellType(id *ast.Ident) bool {
	tn, ok := l.t.Info.Uses[id].(*types.TypeName)
	if !ok || tn.Pkg() == nil || !cellPackage(l.t, tn.Pkg()) || tn.IsAlias() {
		return false
	}
	named, ok := tn.Type().(*types.Named)
	return ok && named.TypeParams().Len() > 0
}

// isInstanceExpr: x, written as a type argument, is an instance.
func isInstanceExpr(x ast.Expr) bool {
	switch x.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

func appendIdent(ids []*ast.Ident, x ast.Expr) []*ast.Ident {
	if id, ok := x.(*ast.Ident); ok {
		ids = append(ids, id)
	}
	return ids
}

// yaegi v0.16.1 panics compiling a generic function's type argument that
// is an instance of a generic type of several type parameters,
// Len[Pair[string, int]](ps), and a nil dereference is all it says; it
// compiles the same instance named by an alias. instanceAliases replaces
// each instance of a generic type in x by a package-level alias the part
// declares, __gogil_instB_N = Pair[string, int], B the part's unique base.
func (l *typedLowering) instanceAliases(x ast.Expr) ast.Expr {
	alias := func(inst ast.Expr) ast.Expr {
		l.aliases++
		prefix := "__gogil_inst"
		if l.aliasPrefix != "" {
			prefix = l.aliasPrefix
		}
		name := prefix + strconv.Itoa(l.f.base) + "_" + strconv.Itoa(l.aliases)
		spec := &ast.TypeSpec{Name: ast.NewIdent(name), Assign: inst.Pos(), Type: inst}
		l.f.AST.Decls = append(l.f.AST.Decls, &ast.GenDecl{Tok: token.TYPE, Specs: []ast.Spec{spec}})
		return &ast.Ident{Name: name, NamePos: inst.Pos()}
	}
	// An instance of one type parameter, Zero[Box[int]]() or the
	// Show[Box[[]int]] written for Show(Box[[]int]{...}), is "type not
	// found" unless the code instantiated it before: the alias does.
	// Written in a type argument, an index expression is an instance.
	var aliased func(e ast.Expr) ast.Expr
	aliased = func(e ast.Expr) ast.Expr {
		switch e.(type) {
		case *ast.IndexListExpr, *ast.IndexExpr:
		default:
			return e
		}
		if tv, ok := l.t.Info.Types[e]; ok && (tv.Type == nil || mentionsLocalType(tv.Type, map[types.Type]bool{})) {
			return e // the cell's own, naming what a package-level alias cannot
		}
		// Its own type arguments that are instances first: the alias
		// of Box[Pair[int, string]] panics as the instance does.
		switch e := e.(type) {
		case *ast.IndexExpr:
			e.Index = aliased(e.Index)
		case *ast.IndexListExpr:
			for i, x := range e.Indices {
				e.Indices[i] = aliased(x)
			}
		}
		return alias(e)
	}
	x = aliased(x)
	replaceExprs(x, aliased)
	return x
}

// mentionsLocalType: t names a type declared inside a function, which
// another scope may not see or may see shadowed, or a type parameter.
func mentionsLocalType(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t := t.(type) {
	case *types.Named:
		o := t.Obj()
		if o.Pkg() != nil && o.Parent() != o.Pkg().Scope() {
			return true
		}
		for i := range t.TypeArgs().Len() {
			if mentionsLocalType(t.TypeArgs().At(i), seen) {
				return true
			}
		}
	case *types.Alias:
		return mentionsLocalType(types.Unalias(t), seen)
	case *types.Pointer:
		return mentionsLocalType(t.Elem(), seen)
	case *types.Slice:
		return mentionsLocalType(t.Elem(), seen)
	case *types.Array:
		return mentionsLocalType(t.Elem(), seen)
	case *types.Chan:
		return mentionsLocalType(t.Elem(), seen)
	case *types.Map:
		return mentionsLocalType(t.Key(), seen) || mentionsLocalType(t.Elem(), seen)
	case *types.Signature:
		return mentionsLocalType(t.Params(), seen) || mentionsLocalType(t.Results(), seen)
	case *types.Tuple:
		for i := range t.Len() {
			if mentionsLocalType(t.At(i).Type(), seen) {
				return true
			}
		}
	case *types.Struct:
		for i := range t.NumFields() {
			if mentionsLocalType(t.Field(i).Type(), seen) {
				return true
			}
		}
	case *types.Interface:
		// A type parameter's constraint or an interface literal: either
		// way the code would write it in full, which is not worth it.
		return !t.Empty()
	case *types.TypeParam:
		// Inside a generic body, where the interpreter substitutes the
		// enclosing function's type arguments in its own way.
		return true
	}
	return false
}

// GenericCalls names, once each and in order, the generic functions the
// calls under n call, by generic's say (the session's table of what the
// cells declared): what an error of the interpreter that fails compiling
// them can name.
func GenericCalls(n ast.Node, generic func(string) bool) []string {
	var names []string
	seen := map[string]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if id, ok := calledName(call); ok && !seen[id.Name] && generic(id.Name) {
			seen[id.Name] = true
			names = append(names, id.Name)
		}
		return true
	})
	return names
}

// calledName is the name call calls, through an instantiation (F(x),
// F[int](x)); false for a call of anything else (a method, a literal).
func calledName(call *ast.CallExpr) (*ast.Ident, bool) {
	fun := ast.Unparen(call.Fun)
	switch f := fun.(type) {
	case *ast.IndexExpr:
		fun = f.X
	case *ast.IndexListExpr:
		fun = f.X
	}
	id, ok := fun.(*ast.Ident)
	return id, ok
}

// yaegi v0.16.1 types an element of a slice, array or struct literal,
// and an argument of append, by its node: a call of a generic function
// of several type parameters there, []Pair[string, int]{MakePair("b",
// 2)} once its type arguments are written in, is "not a generic type"
// (interp/type.go reads the instance as a type). The same call in a
// function literal called at once is typed by the literal's result:
// wrapGenericCalls writes `func() Pair[string, int] { return
// MakePair[string, int]("b", 2) }()` there, which evaluates at the same
// place. A call whose result the part cannot name is left as it is.
func (l *typedLowering) wrapGenericCalls() {
	info := l.info()
	if info == nil {
		return
	}
	wrap := func(x ast.Expr) ast.Expr {
		call, ok := x.(*ast.CallExpr)
		if !ok {
			return x
		}
		il, ok := call.Fun.(*ast.IndexListExpr)
		if !ok {
			return x
		}
		id, ok := ast.Unparen(il.X).(*ast.Ident)
		if !ok {
			return x
		}
		fn, ok := info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() == nil || !cellPackage(l.t, fn.Pkg()) {
			return x
		}
		tv, ok := info.Types[call]
		if !ok || tv.Type == nil {
			return x
		}
		if _, tuple := tv.Type.(*types.Tuple); tuple || mentionsLocalType(tv.Type, map[types.Type]bool{}) {
			return x
		}
		result, ok := l.nameType(call, tv.Type)
		if !ok {
			return x
		}
		result = l.instanceAliases(result)
		pos := call.Pos()
		lit := &ast.FuncLit{
			Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{}, Results: &ast.FieldList{List: []*ast.Field{{Type: result}}}},
			Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{call}}}, Rbrace: call.End()},
		}
		out := &ast.CallExpr{Fun: lit, Lparen: call.End(), Rparen: call.End()}
		info.Types[out] = tv
		return out
	}
	ast.Inspect(l.f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			for i, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					kv.Value = wrap(kv.Value)
					continue
				}
				n.Elts[i] = wrap(e)
			}
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "append" {
				if _, builtin := info.Uses[id].(*types.Builtin); builtin {
					for i, a := range n.Args {
						n.Args[i] = wrap(a)
					}
				}
			}
		}
		return true
	})
}

// aliasInstanceArgs names each type argument of the instance x (T[A] or
// T[A, B]) that is an instance itself by an alias (instanceAliases).
func (l *typedLowering) aliasInstanceArgs(x ast.Node) {
	switch x := x.(type) {
	case *ast.IndexExpr:
		if isInstanceExpr(x.Index) {
			x.Index = l.instanceAliases(x.Index)
		}
	case *ast.IndexListExpr:
		for i, a := range x.Indices {
			if isInstanceExpr(a) {
				x.Indices[i] = l.instanceAliases(a)
			}
		}
	}
}
