package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// yaegi v0.16.1 holds a cell value in an interface (a cell's own
// interface, or any) as its valueInterface, a struct of the value's node
// and a reflect.Value, and its == compares those structs: two interfaces
// holding equal values of a cell type (or one pointer) compared unequal,
// silently (shapes[0] == Shape(Circle{0.5}) was false). x == y and x != y
// where an operand's static type is an interface other than the error
// ones (errorchain.go has those) become [!]__gogil.IfaceEqual(x, y),
// which compares the values the interfaces hold, as Go does.
//
// An empty interface (any, or a cell's interface{}) holds a value of a
// cell type as a value of its reflect type, the underlying type's: a
// Celsius(20) and a float64 20 are one value to the runner. Where the
// part says the dynamic type of both operands (an operand whose static
// type is no interface, or an explicit conversion of one:
// Temp(Celsius(20)) == Temp(20.0)), their names follow as two strings,
// which the runner compares first; otherwise it refuses two equal values
// of a type a cell type shares.

// IfaceEqualHelper is the runner's helper of this file.
const IfaceEqualHelper = "IfaceEqual"

// lowerInterfaceEquality applies this file's lowering to a part go/types
// typed, after lowerErrorChains.
func (l *typedLowering) lowerInterfaceEquality() {
	if l.mainScope() == nil && !l.f.shapeCases {
		// No cell type is in reach: no value of one either, and no
		// cell interface holding a library value (nativeshapes.go).
		return
	}
	isIface := func(t types.Type) bool {
		if t == nil {
			return false
		}
		if _, tp := t.(*types.TypeParam); tp {
			return false
		}
		return types.IsInterface(t)
	}
	l.refuseInterfaceInstances()
	compared := map[*ast.BinaryExpr]bool{}
	structs := map[*ast.BinaryExpr]ast.Expr{} // the struct type compared, written out
	ast.Inspect(l.f.AST, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || !mentionsErrorChain(b) {
			return true
		}
		tx, ty, typed := comparedTypes(l.t.Info, b)
		if !typed {
			return true
		}
		if isIface(tx) || isIface(ty) {
			compared[b] = true
		} else if structs[b] = l.structWithInterfaces(b, tx, ty); structs[b] != nil {
			compared[b] = true
		}
		return true
	})
	if len(compared) == 0 {
		return
	}
	replaceExprs(l.f.AST, func(x ast.Expr) ast.Expr {
		b, ok := x.(*ast.BinaryExpr)
		if !ok || !compared[b] {
			return x
		}
		if texpr := structs[b]; texpr != nil {
			return l.structEquality(b, texpr)
		}
		args := []ast.Expr{b.X, b.Y}
		if kx, ky := l.dynamicTypeName(b.X), l.dynamicTypeName(b.Y); kx != "" && ky != "" {
			args = append(args, &ast.BasicLit{ValuePos: b.OpPos, Kind: token.STRING, Value: strconv.Quote(kx)},
				&ast.BasicLit{ValuePos: b.OpPos, Kind: token.STRING, Value: strconv.Quote(ky)})
		}
		var call ast.Expr = &ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: b.Pos(), Name: RuntimeAlias}, Sel: ast.NewIdent(IfaceEqualHelper)},
			Lparen: b.OpPos,
			Args:   args,
			Rparen: b.End(),
		}
		if b.Op == token.NEQ {
			call = &ast.UnaryExpr{OpPos: b.Pos(), Op: token.NOT, X: call}
		}
		return call
	})
}

// A struct or array == compares its interface fields or elements as
// yaegi's == compares interfaces, boxes and all: Box{Circle{1}} ==
// Box{Circle{1}} was false, silently. structWithInterfaces is the type of
// the operands, written out, when both are one struct or array type with
// a field or element (at any depth) of an interface type other than
// error; structEquality writes the comparison part by part,
//
//	func(__gogil_eqa, __gogil_eqb T) bool {
//		return __gogil.IfaceEqual(__gogil_eqa.S, __gogil_eqb.S) && __gogil_eqa.N == __gogil_eqb.N
//	}(x, y)
//
// an array's elements compared in a loop of such a literal of its own.
func (l *typedLowering) structWithInterfaces(b *ast.BinaryExpr, tx, ty types.Type) ast.Expr {
	if !types.Identical(tx, ty) || !holdsComparedInterface(tx, map[types.Type]bool{}) {
		return nil
	}
	switch tx.Underlying().(type) {
	case *types.Struct, *types.Array:
	default:
		return nil
	}
	// A type declared in the function is written by its name where that
	// name means it; one the comparison cannot name is refused.
	seen := map[types.Type]bool{}
	if named, ok := types.Unalias(tx).(*types.Named); ok && named.Obj().Parent() != nil && named.Obj().Pkg() != nil && named.Obj().Parent() != named.Obj().Pkg().Scope() {
		if scope := l.mainScope(); scope != nil {
			if inner := scope.Innermost(b.Pos()); inner != nil {
				if _, o := inner.LookupParent(named.Obj().Name(), b.Pos()); o == named.Obj() {
					seen[named] = true
				}
			}
		}
	}
	x, ok := l.nameType(b, tx)
	if !ok || mentionsLocalType(tx, seen) {
		l.fail(b, "== of values of %s, which holds an interface, is not supported by gogil here: the interpreter compares its own boxes of the values an interface holds, and gogil cannot write the type to compare them part by part; compare the fields yourself", types.TypeString(tx, cellQualifier))
		return nil
	}
	return x
}

// holdsComparedInterface: t is, or has a field or element (not through
// a pointer) of, an interface other than error.
func holdsComparedInterface(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return !types.Identical(t, types.Universe.Lookup("error").Type())
	case *types.Struct:
		for i := range u.NumFields() {
			if holdsComparedInterface(u.Field(i).Type(), seen) {
				return true
			}
		}
	case *types.Array:
		return holdsComparedInterface(u.Elem(), seen)
	}
	return false
}

func (l *typedLowering) structEquality(b *ast.BinaryExpr, texpr ast.Expr) ast.Expr {
	var call ast.Expr = l.equalityLiteral(b.OpPos, l.t.Info.Types[b.X].Type, texpr, b.X, b.Y, 0)
	if b.Op == token.NEQ {
		call = &ast.UnaryExpr{OpPos: b.Pos(), Op: token.NOT, X: call}
	}
	return call
}

// equalityLiteral is the call of a function literal comparing xa and xb,
// of type t (written texpr), part by part; depth names its parameters.
func (l *typedLowering) equalityLiteral(pos token.Pos, t types.Type, texpr, xa, xb ast.Expr, depth int) ast.Expr {
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	suffix := strconv.Itoa(depth)
	pa, pb := "__gogil_eqa"+suffix, "__gogil_eqb"+suffix
	var body []ast.Stmt
	if arr, ok := t.Underlying().(*types.Array); ok {
		i := "__gogil_eqi" + suffix
		elem := func(p string) ast.Expr { return &ast.IndexExpr{X: id(p), Lbrack: pos, Index: id(i), Rbrack: pos} }
		body = []ast.Stmt{
			&ast.RangeStmt{For: pos, Key: id(i), TokPos: pos, Tok: token.DEFINE, X: id(pa), Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{
				&ast.IfStmt{If: pos, Cond: &ast.UnaryExpr{OpPos: pos, Op: token.NOT, X: &ast.ParenExpr{Lparen: pos, X: l.partEquality(pos, arr.Elem(), elem(pa), elem(pb), depth), Rparen: pos}},
					Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{id("false")}}}, Rbrace: pos}},
			}, Rbrace: pos}},
			&ast.ReturnStmt{Return: pos, Results: []ast.Expr{id("true")}},
		}
	} else {
		body = []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{l.partEquality(pos, t, id(pa), id(pb), depth)}}}
	}
	return &ast.CallExpr{
		Fun: &ast.FuncLit{
			Type: &ast.FuncType{Func: pos,
				Params:  &ast.FieldList{List: []*ast.Field{{Names: []*ast.Ident{id(pa), id(pb)}, Type: texpr}}},
				Results: &ast.FieldList{List: []*ast.Field{{Type: id("bool")}}},
			},
			Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos},
		},
		Lparen: pos, Args: []ast.Expr{xa, xb}, Rparen: pos,
	}
}

// partEquality compares xa and xb of type t: an interface by IfaceEqual,
// a struct field by field, an array holding interfaces by a literal of
// its own, anything else by ==.
func (l *typedLowering) partEquality(pos token.Pos, t types.Type, xa, xb ast.Expr, depth int) ast.Expr {
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	if !holdsComparedInterface(t, map[types.Type]bool{}) {
		return &ast.BinaryExpr{X: xa, OpPos: pos, Op: token.EQL, Y: xb}
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return &ast.CallExpr{Fun: &ast.SelectorExpr{X: id(RuntimeAlias), Sel: id(IfaceEqualHelper)}, Lparen: pos, Args: []ast.Expr{xa, xb}, Rparen: pos}
	case *types.Array:
		if texpr, ok := l.nameType(l.f.AST, t); ok {
			return l.equalityLiteral(pos, t, texpr, xa, xb, depth+1)
		}
	case *types.Struct:
		var all ast.Expr
		for i := range u.NumFields() {
			f := u.Field(i)
			if f.Name() == "_" {
				continue // Go's == skips blank fields
			}
			term := l.partEquality(pos, f.Type(), &ast.SelectorExpr{X: xa, Sel: id(f.Name())}, &ast.SelectorExpr{X: xb, Sel: id(f.Name())}, depth)
			if all == nil {
				all = term
			} else {
				all = &ast.BinaryExpr{X: all, OpPos: pos, Op: token.LAND, Y: term}
			}
		}
		if all != nil {
			return all
		}
		return id("true")
	}
	return &ast.BinaryExpr{X: xa, OpPos: pos, Op: token.EQL, Y: xb}
}

// NativeTypeName is dynamicTypeName's name of any type no cell declares.
const NativeTypeName = "-"

// dynamicTypeName names the type of the value the operand x of an ==
// holds, where the part says it: a top-level cell type as the runner
// registered it ("T", "*T"), NativeTypeName for a type that mentions no
// cell type, "" where the part does not say it (x's static type is an
// interface, or mentions cell types another way).
func (l *typedLowering) dynamicTypeName(x ast.Expr) string {
	x = ast.Unparen(x)
	if v, ok := namedOperand(x); ok {
		return l.dynamicTypeName(v)
	}
	tv, ok := l.t.Info.Types[x]
	if !ok || tv.Type == nil {
		return ""
	}
	if types.IsInterface(tv.Type) {
		switch x := x.(type) {
		case *ast.CallExpr: // I(v), a conversion
			if ft, ok := l.t.Info.Types[x.Fun]; ok && ft.IsType() && len(x.Args) == 1 {
				return l.dynamicTypeName(x.Args[0])
			}
		case *ast.IndexExpr: // []I{v}[0], ifaceconv.go's conversion
			if lit, ok := x.X.(*ast.CompositeLit); ok && len(lit.Elts) == 1 {
				if i, ok := x.Index.(*ast.BasicLit); ok && i.Value == "0" {
					return l.dynamicTypeName(lit.Elts[0])
				}
			}
		}
		return ""
	}
	if tv.IsNil() {
		return ""
	}
	var pkg *types.Package
	if !l.mentionsCellType(tv.Type, &pkg) {
		return NativeTypeName
	}
	t, star := tv.Type, ""
	if p, ok := t.(*types.Pointer); ok {
		t, star = p.Elem(), "*"
	}
	n, ok := t.(*types.Named)
	if !ok || !l.cellNamed(n) || n.Obj().Parent() != n.Obj().Pkg().Scope() {
		return ""
	}
	return star + n.Obj().Name()
}

// refuseInterfaceInstances refuses a generic function's instance (the
// library's slices.Contains, or a cell's Index[T comparable]) that binds
// a comparable type parameter to an interface declared in a cell: the
// function's == compares the interpreter's boxes, where no lowering
// reaches (slices.Contains(shapes, Shape(Rect{2, 2})) was false).
func (l *typedLowering) refuseInterfaceInstances() {
	for id, inst := range l.t.Info.Instances {
		if _, ok := inst.Type.(*types.Signature); !ok || l.err != nil {
			continue
		}
		fn, ok := l.t.Info.Uses[id].(*types.Func)
		if !ok {
			continue
		}
		params := fn.Type().(*types.Signature).TypeParams()
		if params == nil || params.Len() != inst.TypeArgs.Len() {
			continue
		}
		for i := range params.Len() {
			arg := inst.TypeArgs.At(i)
			named, ok := arg.(*types.Named)
			if !ok || !types.IsInterface(named) || !inMain(named.Obj()) {
				continue
			}
			if c, ok := params.At(i).Constraint().Underlying().(*types.Interface); ok && c.IsComparable() {
				name := id.Name
				if fn.Pkg() != nil && fn.Pkg().Path() != "main" {
					name = fn.Pkg().Name() + "." + name
				}
				l.fail(id, "gogil cannot run %s with %s = %s, an interface declared in a cell: the interpreter's == inside a generic function compares its boxes of the values, not the values; "+
					"compare the values in a loop of your own", name, params.At(i).Obj().Name(), named.Obj().Name())
				return
			}
		}
	}
}

// comparedTypes are the types of a comparison's operands, when both are
// known, neither is nil and neither is a type parameter (whose values the
// comparison of an instance decides).
func comparedTypes(info *types.Info, b *ast.BinaryExpr) (x, y types.Type, ok bool) {
	tx, ty := info.Types[b.X], info.Types[b.Y]
	if tx.Type == nil || ty.Type == nil || tx.IsNil() || ty.IsNil() {
		return nil, nil, false
	}
	for _, t := range []types.Type{tx.Type, ty.Type} {
		if _, tp := t.(*types.TypeParam); tp {
			return nil, nil, false
		}
	}
	return tx.Type, ty.Type, true
}
