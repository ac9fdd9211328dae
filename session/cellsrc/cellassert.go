package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// yaegi v0.16.1 answers x.(T), x of an interface a cell declares (or an
// interface literal) and T a type that is not an interface, by comparing
// reflect types, and its reflect type of a cell type is the underlying
// type: `type celsius float64` and `type fahr float64` share one, so a
// shape holding a celsius(20) was a fahr, silently. A failed x.(T) panics
// with reflect type names (interface {} is struct { Xw float64 ... }),
// not Go's (main.shape is main.rect, not main.sq). Its type switch on such
// an operand compares the types its box of the value records, which tell
// cell types apart.
//
// So such an assertion becomes a type switch in a function literal called
// at once: `v, ok := x.(T)` becomes
//
//	v, ok := func() (T, bool) {
//		switch v := x.(type) { case T: return v, true }
//		var z T; return z, false
//	}()
//
// and a plain x.(T) a switch whose case T gives the value back and whose
// other clauses panic with Go's message, from the runner's AssertFailed:
// each cell type known to implement the interface has a clause naming it
// (the runner could not tell two of one shape apart), the default hands the
// runner the value to name (nil, a library value, a type a later cell
// declared). On an empty interface the interpreter decides by the reflect
// type whatever the code (cellcase.go refuses the cases it would confuse),
// so only the message of a failed plain x.(T) there is the runner's.

// AssertFailedHelper is the runner's helper of this file: its value is
// the panic of a failed assertion, in Go's words.
const AssertFailedHelper = "AssertFailed"

// cellValueType: t is a non-generic named type of the cells (declared at
// the top level or in a function) that is not an interface, or a pointer
// to one.
func (l *typedLowering) cellValueType(t types.Type) bool {
	if t == nil || mentionsTypeParam(t) {
		return false
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !cellPackage(l.t, named.Obj().Pkg()) {
		return false
	}
	if named.TypeArgs().Len() > 0 || named.TypeParams().Len() > 0 {
		return false
	}
	return !types.IsInterface(named)
}

// assertedCellType is what lowerCellAsserts rewrites: ta asserts a cell
// value type (cellValueType) on an interface. It gives the operand's and
// T's types, and how the rewritten code decides: by a type switch
// (viaSwitch), where the interpreter's assertion would answer by the
// reflect type that T shares with another type, or by the interpreter's
// own comma-ok, which is right or guarded, where only the message of a
// plain assertion is wrong.
func (l *typedLowering) assertedCellType(ta *ast.TypeAssertExpr) (operand, asserted types.Type, viaSwitch, ok bool) {
	if ta.Type == nil {
		return nil, nil, false, false
	}
	tv, typed := l.t.Info.Types[ta.Type]
	if !typed || !tv.IsType() || !l.cellValueType(tv.Type) {
		return nil, nil, false, false
	}
	op, typed := l.t.Info.Types[ta.X]
	if !typed || op.Type == nil || mentionsTypeParam(op.Type) || !types.IsInterface(op.Type) {
		return nil, nil, false, false
	}
	if _, cell := l.cellInterface(op.Type); cell {
		return op.Type, tv.Type, true, true
	}
	// An empty interface's cases cellcase.go guards. A library's
	// interface (error, fmt.Stringer) holds a cell value in a wrapper:
	// with another cell type of T's reflect type (a twin), or with T a
	// struct, of whose value the wrapper's IValue keeps the last field,
	// the switch this writes is boxed.go's to unbox, which gives the
	// value back whole and refuses what it cannot tell apart; otherwise
	// the interpreter's own answer is right.
	empty := op.Type.Underlying().(*types.Interface).Empty()
	_, structValue := tv.Type.Underlying().(*types.Struct)
	return op.Type, tv.Type, !empty && (structValue || l.hasTwin(tv.Type)), true
}

// lowerCellAsserts rewrites the assertions described above; n numbers the
// names it declares (shared with the other passes of ifaceassert.go).
func (l *typedLowering) lowerCellAsserts(file *ast.File, n *int) {
	commaOk := map[*ast.TypeAssertExpr]bool{}
	ast.Inspect(file, func(node ast.Node) bool {
		var rhs *ast.Expr
		switch node := node.(type) {
		case *ast.AssignStmt:
			if len(node.Lhs) == 2 && len(node.Rhs) == 1 {
				rhs = &node.Rhs[0]
			}
		case *ast.ValueSpec:
			if len(node.Names) == 2 && len(node.Values) == 1 {
				rhs = &node.Values[0]
			}
		}
		if rhs == nil {
			return true
		}
		ta, isAssert := ast.Unparen(*rhs).(*ast.TypeAssertExpr)
		if !isAssert {
			return true
		}
		commaOk[ta] = true
		if _, _, viaSwitch, _ := l.assertedCellType(ta); viaSwitch {
			*rhs = l.cellAssertOk(ta, n)
		} else if op, asserted, ok := l.assertedLibraryInterface(ta); ok {
			*rhs = l.libraryAssert(ta, op, asserted, true, n)
		}
		return true
	})
	var fromLibrary map[types.Object]bool // made on first need
	replaceExprs(file, func(x ast.Expr) ast.Expr {
		ta, isAssert := x.(*ast.TypeAssertExpr)
		if !isAssert || commaOk[ta] {
			return x
		}
		var out ast.Expr = x
		if op, asserted, viaSwitch, ok := l.assertedCellType(ta); ok {
			out = l.cellAssert(ta, op, asserted, viaSwitch, n)
		} else if op, asserted, ok := l.assertedCellInterface(ta); ok {
			out = l.ifaceAssert(ta, op, asserted, n)
		} else if op, asserted, ok := l.assertedLibraryInterface(ta); ok {
			out = l.libraryAssert(ta, op, asserted, false, n)
		} else if op, asserted, ok := l.assertedOtherValue(ta); ok {
			if fromLibrary == nil {
				fromLibrary = l.libraryDefined(file)
			}
			// yaegi names a type made of cell types by its own reflect
			// type ([]struct { X int; Y int } for []Point).
			if l.libraryHeld(ta.X, op, fromLibrary) || HoldsCellType(types.Unalias(asserted), map[types.Type]bool{}) {
				out = l.otherAssert(ta, op, asserted)
			}
		}
		if tv, typed := l.t.Info.Types[ta]; typed && out != x {
			// The passes after this one look the value's type up.
			l.t.Info.Types[out] = tv
		}
		return out
	})
}

// cellAssertOk writes the comma-ok form.
func (l *typedLowering) cellAssertOk(ta *ast.TypeAssertExpr, n *int) ast.Expr {
	*n++
	pos := ta.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	v, zero := fmt.Sprintf("__gogil_assert%d", *n), fmt.Sprintf("__gogil_zero%d", *n)
	sw := &ast.TypeSwitchStmt{
		Switch: pos,
		Assign: &ast.AssignStmt{Lhs: []ast.Expr{id(v)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.TypeAssertExpr{X: ta.X, Lparen: ta.Lparen, Rparen: ta.Rparen}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.CaseClause{Case: pos, List: []ast.Expr{ta.Type},
			Body: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{id(v), id("true")}}}}}, Rbrace: pos},
	}
	body := []ast.Stmt{
		sw,
		&ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{id(zero)}, Type: l.copyExpr(ta.Type)}}}},
		&ast.ReturnStmt{Return: pos, Results: []ast.Expr{id(zero), id("false")}},
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}, Results: &ast.FieldList{List: []*ast.Field{
			{Type: l.copyExpr(ta.Type)}, {Type: id("bool")},
		}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos},
	}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: pos}
}

// cellAssert writes the plain form of ta, on an operand of type op.
func (l *typedLowering) cellAssert(ta *ast.TypeAssertExpr, op, asserted types.Type, viaSwitch bool, n *int) ast.Expr {
	*n++
	pos := ta.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	str := func(s string) ast.Expr {
		return &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(s)}
	}
	v := fmt.Sprintf("__gogil_assert%d", *n)
	iface, want := RuntimeTypeString(op), RuntimeTypeString(asserted)
	failed := func(concrete string, value ast.Expr) ast.Stmt {
		return &ast.ExprStmt{X: &ast.CallExpr{Fun: id("panic"), Lparen: pos, Rparen: pos,
			Args: []ast.Expr{helperCall(pos, AssertFailedHelper, str(iface), str(want), str(concrete), value)}}}
	}
	var body []ast.Stmt
	if !viaSwitch {
		// The interpreter's own comma-ok on the operand (as cellcase.go
		// guarded it), in a literal: at the top level of a cell the
		// interpreter's comma-ok forms are wrong.
		x, ok := fmt.Sprintf("__gogil_x%d", *n), fmt.Sprintf("__gogil_ok%d", *n)
		body = []ast.Stmt{
			&ast.AssignStmt{Lhs: []ast.Expr{id(x)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{ta.X}},
			&ast.AssignStmt{Lhs: []ast.Expr{id(v), id(ok)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.TypeAssertExpr{X: id(x), Type: ta.Type, Lparen: ta.Lparen, Rparen: ta.Rparen}}},
			&ast.IfStmt{If: pos, Cond: id(ok), Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{id(v)}}}, Rbrace: pos}},
			failed("", id(x)),
		}
	} else {
		clauses := []ast.Stmt{&ast.CaseClause{Case: pos, List: []ast.Expr{ta.Type}, Body: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{id(v)}}}}}
		_, cell := l.cellInterface(op)
		var value ast.Expr = id(v)
		if cell {
			// The operand's address: the interpreter would hand the
			// runner the value without the box that names its type.
			value = &ast.UnaryExpr{OpPos: pos, Op: token.AND, X: id(v)}
		}
		// A library interface's switch is boxed.go's to unbox, which it
		// does only with cases go/types typed: the runner names the type.
		if pkg := l.cellPackage(); pkg != nil && cell {
			for _, impl := range l.implementers(pkg, op, nil, []types.Type{asserted}) {
				x, ok := l.nameType(ta, impl)
				if !ok || l.shadowed(impl, pos) {
					continue
				}
				clauses = append(clauses, &ast.CaseClause{Case: pos, List: []ast.Expr{x}, Body: []ast.Stmt{failed(RuntimeTypeString(impl), id("nil"))}})
			}
		}
		clauses = append(clauses, &ast.CaseClause{Case: pos, Body: []ast.Stmt{failed("", value)}})
		body = []ast.Stmt{&ast.TypeSwitchStmt{
			Switch: pos,
			Assign: &ast.AssignStmt{Lhs: []ast.Expr{id(v)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.TypeAssertExpr{X: ta.X, Lparen: ta.Lparen, Rparen: ta.Rparen}}},
			Body:   &ast.BlockStmt{Lbrace: pos, List: clauses, Rbrace: pos},
		}}
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}, Results: &ast.FieldList{List: []*ast.Field{{Type: l.copyExpr(ta.Type)}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos},
	}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: pos}
}

// assertedOtherValue: ta asserts a type that is not an interface, nor a
// cell type (assertedCellType's) nor an instance of a generic type
// (genericassert.go's), on an interface: float64, []any,
// *strconv.NumError. yaegi's panic for such an assertion that fails, on
// an operand it holds as a library value (libraryHeld: an error,
// ctx.Value(k)), is its message for a missing method:
// "string is not float64: missing method " where Go's is "interface {} is
// string, not float64"; recovered and printed, that was a wrong value.
// otherAssert's form (the runner's AssertOperand on the operand) says
// Go's words.
func (l *typedLowering) assertedOtherValue(ta *ast.TypeAssertExpr) (operand, asserted types.Type, ok bool) {
	if ta.Type == nil {
		return nil, nil, false
	}
	tv, typed := l.t.Info.Types[ta.Type]
	if !typed || !tv.IsType() || tv.Type == nil || types.IsInterface(tv.Type) || mentionsTypeParam(tv.Type) || mentionsInstance(tv.Type) {
		return nil, nil, false
	}
	op, typed := l.t.Info.Types[ta.X]
	if !typed || op.Type == nil || mentionsTypeParam(op.Type) || !types.IsInterface(op.Type) {
		return nil, nil, false
	}
	return op.Type, tv.Type, true
}

// AssertOperandHelper is the runner's guard of the operand of an
// assertion that assertedOtherValue describes: it hands the operand back
// where the interpreter's assertion succeeds, and panics as Go's does
// where it would fail (or ends the cell where the value's type is not
// known for sure).
const AssertOperandHelper = "AssertOperand"

// otherAssert writes ta as the interpreter's assertion on the operand the
// runner's AssertOperand hands back: a call, where a function literal
// holding the comma-ok form was some 80 times slower in a loop.
func (l *typedLowering) otherAssert(ta *ast.TypeAssertExpr, op, asserted types.Type) ast.Expr {
	pos := ta.Pos()
	str := func(s string) ast.Expr {
		return &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(s)}
	}
	target := &ast.CallExpr{Fun: &ast.ParenExpr{Lparen: pos, X: &ast.StarExpr{Star: pos, X: l.copyExpr(ta.Type)}, Rparen: pos}, Lparen: pos, Args: []ast.Expr{&ast.Ident{NamePos: pos, Name: "nil"}}, Rparen: pos}
	call := helperCall(pos, AssertOperandHelper, ta.X, str(RuntimeTypeString(op)), str(RuntimeTypeString(asserted)), target)
	return &ast.TypeAssertExpr{X: call, Lparen: ta.Lparen, Type: ta.Type, Rparen: ta.Rparen}
}

// libraryHeld: the interpreter holds the operand x, of type op, as a
// library value, for which its failed assertion has the wrong words: op
// is error or a library's interface (fmt.Stringer), or x is an empty
// interface that a library call gave (ctx.Value(k), or a variable := or
// an untyped var declared from one). A variable declared any, a cell
// function's result or parameter are its own (right) values.
func (l *typedLowering) libraryHeld(x ast.Expr, op types.Type, fromLibrary map[types.Object]bool) bool {
	it, ok := op.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	if !it.Empty() {
		_, cell := l.cellInterface(op)
		return !cell
	}
	if _, named := types.Unalias(op).(*types.Named); named {
		// A named empty interface (type Any interface{}): yaegi's
		// words name interface {}.
		return true
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		return l.libraryCall(x)
	case *ast.Ident:
		return fromLibrary[l.t.Info.Uses[x]]
	}
	return false
}

// libraryCall: call calls a function or method a library declares.
func (l *typedLowering) libraryCall(call *ast.CallExpr) bool {
	fn := l.calledFunc(call.Fun)
	// The runner's checker gives some library methods no package
	// (context.Context's Value).
	return fn != nil && (fn.Pkg() == nil || !cellPackage(l.t, fn.Pkg()))
}

// libraryDefined are the variables of file that a := or a var without a
// type declares from the results of a library call.
func (l *typedLowering) libraryDefined(file *ast.File) map[types.Object]bool {
	out := map[types.Object]bool{}
	define := func(names []*ast.Ident, values []ast.Expr) {
		for i, name := range names {
			var v ast.Expr
			switch {
			case len(values) == 1:
				v = values[0]
			case i < len(values):
				v = values[i]
			}
			call, ok := ast.Unparen(v).(*ast.CallExpr)
			if obj := l.t.Info.Defs[name]; obj != nil && ok && l.libraryCall(call) {
				out[obj] = true
			}
		}
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				return true
			}
			var names []*ast.Ident
			for _, x := range n.Lhs {
				id, _ := x.(*ast.Ident)
				names = append(names, id)
			}
			define(names, n.Rhs)
		case *ast.ValueSpec:
			if n.Type == nil {
				define(n.Names, n.Values)
			}
		}
		return true
	})
	return out
}

// mentionsInstance: t is, or is made of, an instance of a generic type.
func mentionsInstance(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		return t.TypeArgs().Len() > 0 || t.TypeParams().Len() > 0
	case *types.Pointer:
		return mentionsInstance(t.Elem())
	case *types.Slice:
		return mentionsInstance(t.Elem())
	case *types.Array:
		return mentionsInstance(t.Elem())
	case *types.Chan:
		return mentionsInstance(t.Elem())
	case *types.Map:
		return mentionsInstance(t.Key()) || mentionsInstance(t.Elem())
	}
	return false
}

// RuntimeTypeString writes t as Go's run time names it in a panic's
// message: a package by its name (main.celsius, *main.sq, time.Duration),
// the methods of an interface literal by their package too
// (interface { main.area() float64 }).
func RuntimeTypeString(t types.Type) string {
	qualify := func(p *types.Package) string { return p.Name() }
	t = runtimeType(t)
	it, isIface := t.(*types.Interface)
	if !isIface {
		// The run time writes an empty interface inside another type
		// as it writes it alone.
		return strings.ReplaceAll(types.TypeString(t, qualify), "interface{}", "interface {}")
	}
	if it.Empty() {
		return "interface {}"
	}
	var methods []string
	for i := range it.NumMethods() {
		m := it.Method(i)
		name := m.Name()
		if !m.Exported() && m.Pkg() != nil {
			name = m.Pkg().Name() + "." + name
		}
		methods = append(methods, name+strings.TrimPrefix(types.TypeString(m.Type(), qualify), "func"))
	}
	return "interface { " + strings.Join(methods, "; ") + " }"
}

// runtimeType is t as the run time knows it, for naming: without aliases
// (any, os.PathError, byte and rune are interface {}, fs.PathError, uint8
// and int32 there), its functions' parameters without names.
func runtimeType(t types.Type) types.Type {
	switch u := types.Unalias(t).(type) {
	case *types.Basic:
		if u.Info()&types.IsUntyped == 0 {
			return types.Typ[u.Kind()]
		}
		return u
	case *types.Pointer:
		return types.NewPointer(runtimeType(u.Elem()))
	case *types.Slice:
		return types.NewSlice(runtimeType(u.Elem()))
	case *types.Array:
		return types.NewArray(runtimeType(u.Elem()), u.Len())
	case *types.Map:
		return types.NewMap(runtimeType(u.Key()), runtimeType(u.Elem()))
	case *types.Chan:
		return types.NewChan(u.Dir(), runtimeType(u.Elem()))
	case *types.Interface:
		if u.Empty() {
			// go/types writes the universe's any as any.
			return types.NewInterfaceType(nil, nil).Complete()
		}
		return u
	case *types.Signature:
		if u.TypeParams().Len() > 0 {
			return u
		}
		tuple := func(tu *types.Tuple) *types.Tuple {
			vars := make([]*types.Var, tu.Len())
			for i := range tu.Len() {
				vars[i] = types.NewVar(token.NoPos, nil, "", runtimeType(tu.At(i).Type()))
			}
			return types.NewTuple(vars...)
		}
		return types.NewSignatureType(nil, nil, nil, tuple(u.Params()), tuple(u.Results()), u.Variadic())
	default:
		return u
	}
}

// shadowed: the name of the top-level type t (or of its element) means
// another type at pos.
func (l *typedLowering) shadowed(t types.Type, pos token.Pos) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := t.(*types.Named)
	if !ok {
		return true
	}
	scope := l.mainScope()
	if scope == nil {
		return true
	}
	inner := scope.Innermost(pos)
	if inner == nil {
		return false
	}
	_, obj := inner.LookupParent(named.Obj().Name(), pos)
	return obj != named.Obj()
}

// assertedCellInterface: ta asserts a cell interface (cellInterface) that
// the rewritten code can name, on an operand that is an interface.
func (l *typedLowering) assertedCellInterface(ta *ast.TypeAssertExpr) (operand, asserted types.Type, ok bool) {
	if ta.Type == nil {
		return nil, nil, false
	}
	tv, typed := l.t.Info.Types[ta.Type]
	if !typed || !tv.IsType() {
		return nil, nil, false
	}
	if _, cell := l.cellInterface(tv.Type); !cell {
		return nil, nil, false
	}
	if _, named := types.Unalias(tv.Type).(*types.Named); named && mentionsLocalType(tv.Type, map[types.Type]bool{}) {
		return nil, nil, false
	}
	op, typed := l.t.Info.Types[ta.X]
	if !typed || op.Type == nil || mentionsTypeParam(op.Type) || !types.IsInterface(op.Type) {
		return nil, nil, false
	}
	return op.Type, tv.Type, true
}

// AssertIfaceFailedHelper is the runner's panic of a failed assertion to
// an interface, in Go's words.
const AssertIfaceFailedHelper = "AssertIfaceFailed"

// ifaceAssert writes a plain assertion to a cell interface I as a type
// switch whose clauses of the cell types that implement I (which the
// interpreter matches where its case of I misses, as in assertAsSwitch)
// and of I give the value back; the default panics with Go's message,
// which names the first method of I the value's type lacks: the runner
// is handed I's methods, for a library value, and the cells' types that
// lack one, with the one, for a cell value (whose methods it cannot see).
func (l *typedLowering) ifaceAssert(ta *ast.TypeAssertExpr, op, asserted types.Type, n *int) ast.Expr {
	it, _ := l.cellInterface(asserted)
	*n++
	pos := ta.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	str := func(s string) ast.Expr {
		return &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(s)}
	}
	v := fmt.Sprintf("__gogil_assert%d", *n)
	ret := []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{id(v)}}}
	var clauses []ast.Stmt
	var guarded []types.Type // the cell types of the cases, which CellCase is told
	var table []ast.Expr
	if pkg := l.cellPackage(); pkg != nil {
		for _, impl := range l.implementers(pkg, asserted, op, nil) {
			x, ok := l.nameType(ta, impl)
			if !ok || l.shadowed(impl, pos) {
				continue
			}
			clauses = append(clauses, &ast.CaseClause{Case: pos, List: []ast.Expr{x}, Body: ret})
			guarded = append(guarded, impl)
		}
		for _, t := range l.lacking(pkg, it, op) {
			table = append(table, str(RuntimeTypeString(t)), str(firstMissing(t, it)))
		}
	}
	var pointerOnly []ast.Expr // the cases of the default's panic (ifaceassert.go)
	var basics []types.Type    // those of a basic kind (boxedBasicCheck)
	if pkg := l.cellPackage(); pkg != nil {
		for _, t := range l.pointerOnlyImplementers(pkg, it, op) {
			if !cellStruct(t) {
				basics = append(basics, t)
				continue
			}
			if x, ok := l.nameType(ta, t); ok && !l.shadowed(t, pos) {
				pointerOnly = append(pointerOnly, x)
				guarded = append(guarded, t)
			}
		}
	}
	clauses = append(clauses, &ast.CaseClause{Case: pos, List: []ast.Expr{l.copyExpr(ta.Type)}, Body: ret})
	var value ast.Expr = id(v)
	if _, cell := l.cellInterface(op); cell {
		// The operand's address: the interpreter would hand the runner
		// the value without the box that names its type.
		value = &ast.UnaryExpr{OpPos: pos, Op: token.AND, X: id(v)}
	}
	var names []string
	for i := range it.NumMethods() {
		names = append(names, it.Method(i).Name())
	}
	sort.Strings(names)
	args := append([]ast.Expr{str(RuntimeTypeString(asserted)), value, str(strings.Join(names, ","))}, table...)
	failedWith := func(value ast.Expr) []ast.Stmt {
		args := append([]ast.Expr{args[0], value}, args[2:]...)
		return []ast.Stmt{&ast.ExprStmt{X: &ast.CallExpr{Fun: id("panic"), Lparen: pos, Rparen: pos,
			Args: []ast.Expr{helperCall(pos, AssertIfaceFailedHelper, args...)}}}}
	}
	failed := failedWith(value)
	if len(pointerOnly) > 0 {
		last := len(clauses) - 1
		clauses = append(clauses[:last:last], &ast.CaseClause{Case: pos, List: pointerOnly, Body: failed}, clauses[last])
	}
	clauses = append(clauses, &ast.CaseClause{Case: pos, Body: failed})
	operand := ta.X
	var pre []ast.Stmt
	if len(basics) > 0 {
		x := id(fmt.Sprintf("__gogil_operand%d", *n))
		var boxed ast.Expr = id(x.Name)
		if _, cell := l.cellInterface(op); cell {
			boxed = &ast.UnaryExpr{OpPos: pos, Op: token.AND, X: id(x.Name)} // as value above
		}
		pre = boxedBasicCheck(pos, x, operand, cellTypeNames(pos, basics), failedWith(boxed))
		operand = id(x.Name)
	}
	if guard := cellTypeNames(pos, guarded); len(guard) > 0 && emptyInterface(op) {
		// What cellcase.go does for a switch the user wrote: the
		// interpreter matches a cell type's case by the reflect type in
		// an empty interface.
		operand = helperCall(pos, CellCaseHelper, append([]ast.Expr{reboxCellCases(operand, guarded)}, guard...)...)
	}
	sw := &ast.TypeSwitchStmt{
		Switch: pos,
		Assign: &ast.AssignStmt{Lhs: []ast.Expr{id(v)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.TypeAssertExpr{X: operand, Lparen: ta.Lparen, Rparen: ta.Rparen}}},
		Body:   &ast.BlockStmt{Lbrace: pos, List: clauses, Rbrace: pos},
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}, Results: &ast.FieldList{List: []*ast.Field{{Type: l.copyExpr(ta.Type)}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: append(pre, sw), Rbrace: pos},
	}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: pos}
}

// lacking are the cells' top-level types T and *T that an operand of
// type op may hold and that do not implement it.
func (l *typedLowering) lacking(pkg *types.Package, it *types.Interface, op types.Type) []types.Type {
	oi, _ := op.Underlying().(*types.Interface)
	var out []types.Type
	for _, t := range concreteCellTypes(pkg) {
		if oi != nil && !types.Implements(t, oi) || types.Implements(t, it) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// firstMissing is the method of it that Go's message names for t: the
// first by name that t lacks.
func firstMissing(t types.Type, it *types.Interface) string {
	var methods []*types.Func
	for i := range it.NumMethods() {
		methods = append(methods, it.Method(i))
	}
	sort.Slice(methods, func(i, j int) bool { return methods[i].Name() < methods[j].Name() })
	for _, m := range methods {
		obj, _, _ := types.LookupFieldOrMethod(t, false, m.Pkg(), m.Name())
		f, ok := obj.(*types.Func)
		if !ok || !types.Identical(f.Type().(*types.Signature).Params(), m.Type().(*types.Signature).Params()) ||
			!types.Identical(f.Type().(*types.Signature).Results(), m.Type().(*types.Signature).Results()) {
			return m.Name()
		}
	}
	return ""
}

// hasTwin: another of the cells' top-level types has the underlying type
// of t (of its element, for a pointer), and so its reflect type.
func (l *typedLowering) hasTwin(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	scope := l.mainScope()
	if scope == nil {
		return false
	}
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || tn == named.Obj() {
			continue
		}
		if types.Identical(tn.Type().Underlying(), named.Underlying()) {
			return true
		}
	}
	return false
}

// yaegi v0.16.1 answers x.(I), I a library's interface with methods
// (error, fmt.Stringer), wrongly in both forms: on a value of a cell type
// it boxed, inside a function, the comma-ok form is true with a nil value
// (it builds the wrapper from the node that boxed the value, in the wrong
// frame), and the plain form panics with garbage; on a nil x it crashes
// (reflect: call of reflect.Value.Type on zero Value). Its type switch
// with such a case is nativecase.go's, which gets them right: the
// assertion becomes one, in a function literal, whose default clause
// answers false or panics with Go's message (AssertIfaceFailed).

// IfaceOperandHelper is the runner's guard of the operand of such an
// assertion on an empty interface.
const IfaceOperandHelper = "IfaceOperand"

// assertedLibraryInterface: ta asserts an interface with methods that a
// package declares (error included) on an interface.
func (l *typedLowering) assertedLibraryInterface(ta *ast.TypeAssertExpr) (operand, asserted types.Type, ok bool) {
	if ta.Type == nil {
		return nil, nil, false
	}
	tv, typed := l.t.Info.Types[ta.Type]
	if !typed || !tv.IsType() || tv.Type == nil || mentionsTypeParam(tv.Type) || !isLibraryInterface(types.Unalias(tv.Type)) {
		return nil, nil, false
	}
	op, typed := l.t.Info.Types[ta.X]
	if !typed || op.Type == nil || mentionsTypeParam(op.Type) || !types.IsInterface(op.Type) {
		return nil, nil, false
	}
	return op.Type, tv.Type, true
}

// libraryAssert writes ta (commaOk: its comma-ok form) as described
// above; op is the operand's type.
func (l *typedLowering) libraryAssert(ta *ast.TypeAssertExpr, op, asserted types.Type, commaOk bool, n *int) ast.Expr {
	*n++
	pos := ta.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	str := func(s string) ast.Expr {
		return &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(s)}
	}
	v := fmt.Sprintf("__gogil_assert%d", *n)
	ret := func(results ...ast.Expr) ast.Stmt { return &ast.ReturnStmt{Return: pos, Results: results} }
	results := &ast.FieldList{List: []*ast.Field{{Type: l.copyExpr(ta.Type)}}}
	// The case is the user's type node, which go/types typed, for
	// nativecase.go to find.
	match := &ast.CaseClause{Case: pos, List: []ast.Expr{ta.Type}, Body: []ast.Stmt{ret(id(v))}}
	var after []ast.Stmt
	var dflt *ast.CaseClause
	if commaOk {
		results.List = append(results.List, &ast.Field{Type: id("bool")})
		match.Body = []ast.Stmt{ret(id(v), id("true"))}
		after = []ast.Stmt{ret(id("nil"), id("false"))}
	} else {
		it := asserted.Underlying().(*types.Interface)
		var value ast.Expr = id(v)
		if _, cell := l.cellInterface(op); cell {
			// The operand's address: the interpreter would hand the
			// runner the value without the box that names its type.
			value = &ast.UnaryExpr{OpPos: pos, Op: token.AND, X: id(v)}
		}
		var names []string
		for i := range it.NumMethods() {
			if it.Method(i).Exported() {
				names = append(names, it.Method(i).Name())
			}
		}
		sort.Strings(names)
		args := []ast.Expr{str(RuntimeTypeString(asserted)), value, str(strings.Join(names, ","))}
		if pkg := l.cellPackage(); pkg != nil {
			for _, t := range l.lacking(pkg, it, op) {
				args = append(args, str(RuntimeTypeString(t)), str(firstMissing(t, it)))
			}
		}
		dflt = &ast.CaseClause{Case: pos, Body: []ast.Stmt{&ast.ExprStmt{X: &ast.CallExpr{Fun: id("panic"), Lparen: pos, Rparen: pos,
			Args: []ast.Expr{helperCall(pos, AssertIfaceFailedHelper, args...)}}}}}
	}
	clauses := []ast.Stmt{match}
	if dflt != nil {
		clauses = append(clauses, dflt)
	}
	operand := ta.X
	var head []ast.Stmt
	if it, ok := op.Underlying().(*types.Interface); ok && it.Empty() {
		// nativecase.go's clauses of the cell types that implement I
		// match a value the interpreter boxed in an any only once it is
		// out of the box, and its case of I refuses a box: the runner's
		// IfaceOperand unboxes a value of a type of the first list and
		// answers no for one of the second (the cells' types that lack
		// a method of I), refusing one the clauses would confuse.
		var impl, lack []string
		if pkg := l.cellPackage(); pkg != nil {
			for _, t := range l.implementers(pkg, asserted, op, nil) {
				impl = append(impl, types.TypeString(t, cellQualifier))
			}
			for _, t := range l.lacking(pkg, asserted.Underlying().(*types.Interface), op) {
				lack = append(lack, types.TypeString(t, cellQualifier))
			}
		}
		x := fmt.Sprintf("__gogil_x%d", *n)
		head = []ast.Stmt{&ast.AssignStmt{Lhs: []ast.Expr{id(x)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{ta.X}}}
		operand = helperCall(pos, IfaceOperandHelper, id(x), str(strings.Join(impl, ",")), str(strings.Join(lack, ",")))
		if tv, typed := l.t.Info.Types[ta.X]; typed {
			// nativecase.go looks the operand's type up.
			l.t.Info.Types[operand] = tv
		}
		if dflt != nil {
			// The failure names the value as the user's operand held it.
			call := dflt.Body[0].(*ast.ExprStmt).X.(*ast.CallExpr).Args[0].(*ast.CallExpr)
			call.Args[1] = id(x)
		}
	}
	sw := &ast.TypeSwitchStmt{
		Switch: pos,
		Assign: &ast.AssignStmt{Lhs: []ast.Expr{id(v)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.TypeAssertExpr{X: operand, Lparen: ta.Lparen, Rparen: ta.Rparen}}},
		Body:   &ast.BlockStmt{Lbrace: pos, List: clauses, Rbrace: pos},
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}, Results: results},
		Body: &ast.BlockStmt{Lbrace: pos, List: append(append(head, sw), after...), Rbrace: pos},
	}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: pos}
}
