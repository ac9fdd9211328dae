package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 answers a comma-ok type assertion to an interface the
// cells declare (or an interface literal) with false whatever the value:
// `_, ok := v.(Shape)` is false for a cell type that has Shape's methods,
// and `u, ok := err.(interface{ Unwrap() []error })` for the errors.Join
// value that has them. Its type switch matches the cells' values against
// such a case right, but no value of a library type: their methods are
// out of its reach there.
//
// So a comma-ok assertion to such an interface becomes a type switch in a
// function literal called at once, `func() (I, bool) { switch v := x.(type)
// { case I: return v, true }; return nil, false }()`, and every type switch
// with a case of such an interface gets, in its default clause (made if
// there is none), a call of the runner's NativeMatch: a value of a library
// type that has the methods of one of those cases ends the cell with an
// error naming the type and the interface, where Go would have matched
// it.

// NativeMatchHelper is the runner's helper of this file.
const NativeMatchHelper = "NativeMatch"

// cellInterface: t is a non-empty interface that no package declares (a
// cell's, or a literal), with no type parameter in it.
func (l *typedLowering) cellInterface(t types.Type) (*types.Interface, bool) {
	if t == nil || mentionsTypeParam(t) {
		return nil, false
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return nil, false
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		if n.Obj().Pkg() == nil || !cellPackage(l.t, n.Obj().Pkg()) {
			return nil, false
		}
	}
	return it, true
}

// assertsInterface is the cheap syntactic test: the part has a type
// assertion or a type switch.
func assertsInterface(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			// Any type: cellassert.go lowers assertions to error, and
			// the plain assertions to basic types too (assertedOtherValue).
			found = found || n.Type != nil
		case *ast.TypeSwitchStmt:
			found = true
		}
		return !found
	})
	return found
}

func isIdent(x ast.Expr, name string) bool { id, ok := x.(*ast.Ident); return ok && id.Name == name }

func lowerInterfaceAsserts(f *File, opts Options) *cellio.Error {
	if !assertsInterface(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	n := 0
	// Assertions to cell types that are not interfaces (cellassert.go).
	l.lowerCellAsserts(f.AST, &n)
	// The comma-ok assertions first: the switches they become are
	// guarded with the user's below.
	ast.Inspect(f.AST, func(node ast.Node) bool {
		switch node := node.(type) {
		case *ast.AssignStmt:
			if len(node.Lhs) == 2 && len(node.Rhs) == 1 {
				if x := l.assertAsSwitch(node.Rhs[0], &n); x != nil {
					node.Rhs[0] = x
				}
			}
		case *ast.ValueSpec:
			if len(node.Names) == 2 && len(node.Values) == 1 {
				if x := l.assertAsSwitch(node.Values[0], &n); x != nil {
					node.Values[0] = x
				}
			}
		}
		return true
	})
	ast.Inspect(f.AST, func(node ast.Node) bool {
		if sw, ok := node.(*ast.TypeSwitchStmt); ok {
			l.guardSwitch(sw, &n)
		}
		return true
	})
	return l.err
}

// assertAsSwitch writes x, a comma-ok assertion to a cell interface, as
// the call of a function literal holding a type switch; nil for any other
// expression.
func (l *typedLowering) assertAsSwitch(x ast.Expr, n *int) ast.Expr {
	ta, ok := ast.Unparen(x).(*ast.TypeAssertExpr)
	if !ok || ta.Type == nil {
		return nil
	}
	tv, ok := l.t.Info.Types[ta.Type]
	if !ok || !tv.IsType() {
		return nil
	}
	it, ok := l.cellInterface(tv.Type)
	if !ok {
		return nil
	}
	if _, named := types.Unalias(tv.Type).(*types.Named); named && mentionsLocalType(tv.Type, map[types.Type]bool{}) {
		return nil
	}
	result, ok := l.nameType(ta, tv.Type)
	if !ok {
		return nil
	}
	*n++
	pos := ta.Pos()
	v := &ast.Ident{NamePos: pos, Name: fmt.Sprintf("__gogil_assert%d", *n)}
	ret := []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{ast.NewIdent(v.Name), ast.NewIdent("true")}}}
	// The cell types that implement the interface come first, as cases
	// of their own, which the interpreter matches where its case of
	// the interface misses (a pointer, a global).
	var clauses []ast.Stmt
	var basics []types.Type
	var guarded []types.Type // the cell types of the cases, which CellCase is told
	op := l.t.Info.Types[ta.X].Type
	if pkg := l.cellPackage(); pkg != nil {
		for _, impl := range l.implementers(pkg, tv.Type, op, nil) {
			clauses = append(clauses, &ast.CaseClause{Case: pos, List: []ast.Expr{l.typeExpr(ta, impl)}, Body: ret})
			guarded = append(guarded, impl)
		}
		// A value of a cell type whose pointer alone has the methods:
		// the interpreter's case of the interface matches it in a
		// function's parameter, where Go does not, so it has a case of
		// its own that says no.
		no := []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{ast.NewIdent("nil"), ast.NewIdent("false")}}}
		for _, cand := range l.pointerOnlyImplementers(pkg, it, op) {
			if !cellStruct(cand) {
				basics = append(basics, cand)
				continue
			}
			clauses = append(clauses, &ast.CaseClause{Case: pos, List: []ast.Expr{l.typeExpr(ta, cand)}, Body: no})
			guarded = append(guarded, cand)
		}
	}
	clauses = append(clauses, &ast.CaseClause{Case: pos, List: []ast.Expr{ta.Type}, Body: ret})
	// A library value with the methods (nativeshapes.go).
	if c := nativeShapeCase(it, ta, ret); c != nil {
		clauses = append(clauses, c)
		l.f.shapeCases = true
	}
	operand := ta.X
	var pre []ast.Stmt
	if len(basics) > 0 {
		// A cell type of a basic kind whose pointer alone has the
		// methods: the interpreter's box of its value matches the case
		// of the interface, and out of the box it is a plain int; the
		// runner reads the box's type (BoxedCase).
		x := &ast.Ident{NamePos: pos, Name: fmt.Sprintf("__gogil_operand%d", *n)}
		pre = boxedBasicCheck(pos, x, operand, cellTypeNames(pos, basics), []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{ast.NewIdent("nil"), ast.NewIdent("false")}}})
		operand = ast.NewIdent(x.Name)
	}
	guard := cellTypeNames(pos, guarded)
	if oi, ok := op.Underlying().(*types.Interface); ok && oi.Empty() && len(guard) > 0 {
		// In an empty interface the interpreter matches those cases by
		// the reflect type, which cell types of one shape share: the
		// runner refuses a value it would confuse (cellcase.go).
		operand = helperCall(pos, CellCaseHelper, append([]ast.Expr{reboxCellCases(operand, guarded)}, guard...)...)
	} else if len(guard) > 0 && l.wrapperOperand(op) {
		operand = helperCall(pos, UnboxHelper, operand)
	}
	sw := &ast.TypeSwitchStmt{
		Switch: pos,
		Assign: &ast.AssignStmt{Lhs: []ast.Expr{v}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.TypeAssertExpr{X: operand, Lparen: ta.Lparen, Rparen: ta.Rparen}}},
		Body:   &ast.BlockStmt{List: clauses},
	}
	body := &ast.BlockStmt{List: append(pre, sw, &ast.ReturnStmt{Return: pos, Results: []ast.Expr{ast.NewIdent("nil"), ast.NewIdent("false")}})}
	lit := &ast.FuncLit{Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{}, Results: &ast.FieldList{List: []*ast.Field{
		{Type: result}, {Type: ast.NewIdent("bool")},
	}}}, Body: body}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: pos}
}

// guardSwitch adds the runner's check to the default clause of a type
// switch with a case of a cell interface.
func (l *typedLowering) guardSwitch(sw *ast.TypeSwitchStmt, n *int) {
	var sets []ast.Expr
	var dflt *ast.CaseClause
	covered := shapeCases(sw)
	for _, c := range sw.Body.List {
		cc := c.(*ast.CaseClause)
		if cc.List == nil {
			dflt = cc
		}
		for _, x := range cc.List {
			tv, ok := l.t.Info.Types[x]
			if !ok || !tv.IsType() {
				continue
			}
			it, ok := l.cellInterface(tv.Type)
			if !ok {
				continue
			}
			if shape, ok := nativeShape(it); ok && covered[shape] {
				continue // its library case decided by the methods' signatures
			}
			var names []string
			for i := range it.NumMethods() {
				names = append(names, it.Method(i).Name())
			}
			sort.Strings(names)
			text := types.ExprString(x) + ":" + strings.Join(names, ",")
			sets = append(sets, &ast.BasicLit{ValuePos: x.Pos(), Kind: token.STRING, Value: strconv.Quote(text)})
		}
	}
	if len(sets) == 0 {
		return
	}
	var operand ast.Expr
	switch a := sw.Assign.(type) {
	case *ast.AssignStmt:
		operand = ast.NewIdent(a.Lhs[0].(*ast.Ident).Name)
	case *ast.ExprStmt:
		ta := a.X.(*ast.TypeAssertExpr)
		*n++
		name := fmt.Sprintf("__gogil_iface%d", *n)
		sw.Assign = &ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: ta.Pos(), Name: name}}, TokPos: ta.Pos(), Tok: token.DEFINE, Rhs: []ast.Expr{ta}}
		operand = ast.NewIdent(name)
	default:
		return
	}
	pos := sw.Pos()
	guard := &ast.ExprStmt{X: &ast.CallExpr{
		Fun:  &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: RuntimeAlias}, Sel: ast.NewIdent(NativeMatchHelper)},
		Args: append([]ast.Expr{operand}, sets...),
	}}
	if dflt == nil {
		dflt = &ast.CaseClause{Case: sw.Body.Rbrace}
		sw.Body.List = append(sw.Body.List, dflt)
	}
	dflt.Body = append([]ast.Stmt{guard}, dflt.Body...)
}

// reboxCellCases hands operand, of an empty interface, to the runner's
// Rebox with those of the cell types of cases that are structs (or
// pointers to them) the interpreter boxes in an any: its case of such a
// type misses the box an implicit conversion made (cellcase.go). A type
// of a basic kind stays boxed: out of the box, its value is a plain int
// to the interpreter, which CellCase refuses.
func reboxCellCases(operand ast.Expr, cases []types.Type) ast.Expr {
	var boxed []types.Type
	for _, t := range cases {
		if boxedInAny(t) && cellStruct(t) {
			boxed = append(boxed, t)
		}
	}
	if len(boxed) == 0 {
		return operand
	}
	return helperCall(operand.Pos(), ReboxHelper, append([]ast.Expr{operand}, cellTypeNames(operand.Pos(), boxed)...)...)
}

// cellTypeNames are the names the runner knows types by ("T", "*T"), as
// string literals.
func cellTypeNames(pos token.Pos, ts []types.Type) []ast.Expr {
	var names []ast.Expr
	for _, t := range ts {
		names = append(names, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(types.TypeString(t, cellQualifier))})
	}
	return names
}

// boxedBasicCheck binds operand to x and, when x is the interpreter's box
// of one of the cell types basics names, runs then:
//
//	x := operand
//	if __gogil.BoxedCase(x, "Counter", ...) >= 0 { then }
func boxedBasicCheck(pos token.Pos, x *ast.Ident, operand ast.Expr, basics []ast.Expr, then []ast.Stmt) []ast.Stmt {
	return []ast.Stmt{
		&ast.AssignStmt{Lhs: []ast.Expr{x}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{operand}},
		&ast.IfStmt{If: pos,
			Cond: &ast.BinaryExpr{X: helperCall(pos, BoxedCaseHelper, append([]ast.Expr{ast.NewIdent(x.Name)}, basics...)...), OpPos: pos, Op: token.GEQ,
				Y: &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"}},
			Body: &ast.BlockStmt{Lbrace: pos, List: then, Rbrace: pos}},
	}
}

// pointerOnlyImplementers are the cell types T that an operand of type
// operand can hold, that lack a method of it which *T has: all of its
// methods. A struct's gets a case of its own; a case of a type of a basic
// kind would make CellCase refuse every plain int, which the interpreter
// holds it as (boxedBasicCheck instead).
func (l *typedLowering) pointerOnlyImplementers(pkg *types.Package, it *types.Interface, operand types.Type) []types.Type {
	var oi *types.Interface
	if operand != nil {
		oi, _ = operand.Underlying().(*types.Interface)
	}
	var out []types.Type
	for _, cand := range concreteCellTypes(pkg) {
		if _, ptr := cand.(*types.Pointer); ptr || types.Implements(cand, it) || !types.Implements(types.NewPointer(cand), it) {
			continue
		}
		if oi != nil && !types.Implements(cand, oi) {
			continue
		}
		out = append(out, cand)
	}
	return out
}
