package cellsrc

import (
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 matches no value against a type switch's case of a native
// interface (case error, case fmt.Stringer: io.EOF and a cell's error type
// alike fall to the default), and its assertion of a cell value to such an
// interface yields a value whose methods panic. lowerNativeCases rewrites a
// switch with such a case in two steps, keeping Go's order of cases:
//
//	{
//		__gogil_tsv1 := operand
//		__gogil_tsk1 := 0                // the clause that matched, 0 the default
//		var __gogil_tsx1_2 error         // a clause's variable, when it has one type
//		switch __gogil_tst1 := __gogil_tsv1.(type) {
//		case int: __gogil_tsk1 = 1       // clauses before the first native interface, as written
//		case *MyErr:                     // the cell types that implement error, one clause each
//			__gogil_tsk1 = 2
//			__gogil_tsx1_2 = __gogil_tst1 // a static conversion, which yaegi gets right
//		default:                         // native values: the runner's reflect answers
//			switch __gogil.TypeCase(__gogil_tsv1, (*error)(nil), ...) { case 0: ... }
//		}
//		switch __gogil_tsk1 { case 1: x := __gogil_tsv1 ...; case 2: x := __gogil_tsx1_2 ... }
//	}
//
// From the first clause with a native interface on, the native types of the
// clauses are answered by the runner's TypeCase (reflect's Implements and
// type identity, in the clauses' order); cell types stay yaegi's. go/types
// lists the cell types that implement each native interface, less those an
// earlier clause takes. The bodies move unchanged into the second switch,
// where break still leaves the switch.
//
// The interpreter matches a value by its reflect type, so a plain float64
// meets the case of a `type Temp float64` that implements the interface:
// each clause of a cell type starts with CellCase (cellcase.go), which
// refuses a value that may be of another type.
//
// A case of a non-empty interface the cells declare (or an interface
// literal) is lowered the same way, into the cell types that implement it:
// yaegi matches no value of another interface's operand against it, and
// every value it boxed in an any. Those are the types known when the cell
// runs; LaterCase refuses a value of a type declared after.
func lowerNativeCases(f *File, opts Options) *cellio.Error {
	if !mayHaveNativeCase(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	l.eachTypeSwitch(f.AST, func(ts *ast.TypeSwitchStmt, label *ast.LabeledStmt, n int) ast.Stmt {
		var name *ast.Ident
		if label != nil {
			name = label.Label
		}
		return l.nativeCases(ts, name, n)
	})
	return l.err
}

// eachTypeSwitch offers lower each type switch that is a statement of a
// list under root (with its label, if it has one) while no pass failed,
// numbering those it lowers from 1; what lower returns, unless nil,
// replaces the statement, label included.
func (l *typedLowering) eachTypeSwitch(root ast.Node, lower func(ts *ast.TypeSwitchStmt, label *ast.LabeledStmt, n int) ast.Stmt) {
	n := 0
	eachList(root, func(list []ast.Stmt) []ast.Stmt {
		for i, st := range list {
			label, _ := st.(*ast.LabeledStmt)
			if label != nil {
				st = label.Stmt
			}
			ts, ok := st.(*ast.TypeSwitchStmt)
			if !ok || l.err != nil {
				continue
			}
			if lowered := lower(ts, label, n+1); lowered != nil {
				n++
				list[i] = lowered
			}
		}
		return list
	})
}

// mayHaveNativeCase: a type switch has a case `error` or pkg.T, the only
// ways to write a native interface, or one that may be a cell's interface
// (a name that is no predeclared type, an interface literal).
func mayHaveNativeCase(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if sw, ok := n.(*ast.TypeSwitchStmt); ok && !found {
			for _, c := range sw.Body.List {
				for _, x := range c.(*ast.CaseClause).List {
					switch x := ast.Unparen(x).(type) {
					case *ast.Ident:
						found = found || x.Name == "error" || !obviousType(x) && x.Name != "nil"
					case *ast.SelectorExpr, *ast.InterfaceType:
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}

// caseEntry is one type of a clause's list.
type caseEntry struct {
	expr   ast.Expr
	typ    types.Type // nil for nil
	native bool       // a type of the interpreter's packages, no cell type in it
	cell   bool       // a non-empty interface of the cells' (or a literal)
}

func (l *typedLowering) nativeCases(ts *ast.TypeSwitchStmt, label *ast.Ident, n int) ast.Stmt {
	info := l.t.Info
	var operand ast.Expr
	var bound *ast.Ident
	switch a := ts.Assign.(type) {
	case *ast.ExprStmt:
		operand = a.X.(*ast.TypeAssertExpr).X
	case *ast.AssignStmt:
		bound = a.Lhs[0].(*ast.Ident)
		operand = a.Rhs[0].(*ast.TypeAssertExpr).X
	default:
		return nil
	}
	var pkg *types.Package
	clauses := make([][]caseEntry, len(ts.Body.List))
	first := -1 // the first clause with a native interface
	for i, c := range ts.Body.List {
		for _, x := range c.(*ast.CaseClause).List {
			tv, ok := info.Types[x]
			if !ok {
				return nil // untyped: leave the switch to yaegi
			}
			e := caseEntry{expr: x}
			if !tv.IsNil() {
				e.typ = tv.Type
				_, e.cell = l.cellInterface(tv.Type)
				e.native = !e.cell && !l.mentionsCellType(tv.Type, &pkg)
				if e.cell && first < 0 {
					first = i
				}
				if e.native && types.IsInterface(tv.Type) && first < 0 {
					if it, ok := tv.Type.Underlying().(*types.Interface); ok && !it.Empty() {
						first = i
					}
				}
			}
			if it, unnamed := e.typ.(*types.Interface); unnamed && e.native && !it.Empty() {
				l.fail(x, "gogil cannot run a type switch case of an unnamed interface type (%s) beside cases of native interfaces (the interpreter cannot match native values against it): assert the method's interface in an if after the switch", types.TypeString(e.typ, nil))
				return nil
			}
			clauses[i] = append(clauses[i], e)
		}
	}
	if first < 0 {
		return nil
	}
	if pkg == nil {
		pkg = l.cellPackage()
	}
	pos := ts.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	vName := fmt.Sprintf("__gogil_tsv%d", n)
	kName := fmt.Sprintf("__gogil_tsk%d", n)
	rName := fmt.Sprintf("__gogil_tsr%d", n)
	tName := fmt.Sprintf("__gogil_tst%d", n)
	xName := func(i int) string { return fmt.Sprintf("__gogil_tsx%d_%d", n, i+1) }
	set := func(name string, x ast.Expr) ast.Stmt {
		return &ast.AssignStmt{Lhs: []ast.Expr{id(name)}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{x}}
	}
	define := func(name string, x ast.Expr) ast.Stmt {
		return &ast.AssignStmt{Lhs: []ast.Expr{id(name)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{x}}
	}
	intLit := func(i int) ast.Expr { return &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: strconv.Itoa(i)} }

	var block []ast.Stmt
	if ts.Init != nil {
		block = append(block, ts.Init)
	}
	operandDef := define(vName, operand)
	block = append(block, operandDef, define(kName, intLit(0)))
	// A clause of one type binds the variable at that type.
	single := func(i int) bool {
		return bound != nil && len(clauses[i]) == 1 && clauses[i][0].typ != nil
	}
	for i := range clauses {
		if single(i) {
			block = append(block, &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{
				&ast.ValueSpec{Names: []*ast.Ident{id(xName(i))}, Type: l.copyExpr(clauses[i][0].expr)},
			}}})
		}
	}

	var dispatch []ast.Stmt // the clauses of the type switch that decides
	var taken []types.Type  // the types of the clauses so far
	var helperArgs []ast.Expr
	var helperClauses []ast.Stmt
	var implementing []types.Type // the cell types of the cell interfaces' cases
	var cellIfaces []string       // those interfaces, as written
	// The cell struct types that stand for the cases of library
	// interfaces: the interpreter's case of one misses a value it boxed
	// in an any (an argument, an element), as for a cell interface's.
	var boxedImpl []types.Type
	// The cell types of a basic kind with methods that stand for the
	// cases of interfaces, and their clauses: the interpreter's case of
	// one misses a value it boxed, and the value out of the box is a
	// plain int to it, so BoxedCase names the box's type first.
	var boxedNames []ast.Expr
	var boxedClauses []ast.Stmt
	var boxedTypes []types.Type // the candidates: implementers, and LibraryCase's shadows
	// A case of a type the cells declare (case *MyErr), which the
	// interpreter's switch decides: it misses the value a wrapper holds.
	cellConcrete := false
	useT := set("_", id(tName))
	for i, entries := range clauses {
		k := i + 1
		var yaegiList []ast.Expr
		var expanded []types.Type
		for _, e := range entries {
			switch {
			case i >= first && e.cell:
				cellIfaces = append(cellIfaces, types.ExprString(e.expr))
				// Each cell type that implements it, as a case of its own:
				// the interpreter's case of a cell interface misses the
				// values of another interface's operand and takes any
				// value the interpreter boxed in an any.
				if pkg != nil {
					for _, ct := range l.implementers(pkg, e.typ, info.Types[operand].Type, taken) {
						if !matchedBy(ct, expanded) {
							expanded = append(expanded, ct)
							implementing = append(implementing, ct)
						}
					}
				}
				// A library value with its methods (errors.Join's for
				// interface{ Unwrap() []error }) is the runner's to
				// match, through its library interface of the same
				// methods (nativeshapes.go), in the clauses' order.
				if it, ok := e.typ.Underlying().(*types.Interface); ok {
					if shape, ok := nativeShape(it); ok {
						l.f.shapeCases = true
						sel := &ast.SelectorExpr{X: id(RuntimeAlias), Sel: id(shape)}
						body := []ast.Stmt{set(kName, intLit(k))}
						if single(i) {
							body = append(body, set(xName(i), &ast.TypeAssertExpr{X: id(vName), Lparen: pos, Type: sel, Rparen: pos}))
						}
						helperClauses = append(helperClauses, &ast.CaseClause{Case: pos, List: []ast.Expr{intLit(len(helperArgs))}, Colon: pos, Body: body})
						helperArgs = append(helperArgs, &ast.CallExpr{
							Fun:    &ast.ParenExpr{Lparen: pos, X: &ast.StarExpr{Star: pos, X: &ast.SelectorExpr{X: id(RuntimeAlias), Sel: id(shape)}}, Rparen: pos},
							Lparen: pos, Args: []ast.Expr{id("nil")}, Rparen: pos,
						})
					}
				}
			case e.typ != nil && !types.IsInterface(e.typ) && matchedBy(e.typ, taken):
				// An earlier case of an interface takes its values: Go
				// never gets here, and the interpreter would see a
				// duplicate of an implementer written above.
			case i < first || e.typ == nil || !e.native:
				yaegiList = append(yaegiList, e.expr)
				if e.typ != nil && !e.native && !e.cell {
					cellConcrete = true
				}
			default:
				body := []ast.Stmt{set(kName, intLit(k))}
				if single(i) {
					body = append(body, set(xName(i), &ast.TypeAssertExpr{X: id(vName), Lparen: pos, Type: l.copyExpr(e.expr), Rparen: pos}))
				}
				helperClauses = append(helperClauses, &ast.CaseClause{Case: pos, List: []ast.Expr{intLit(len(helperArgs))}, Colon: pos, Body: body})
				helperArgs = append(helperArgs, &ast.CallExpr{
					Fun:    &ast.ParenExpr{Lparen: pos, X: &ast.StarExpr{Star: pos, X: l.copyExpr(e.expr)}, Rparen: pos},
					Lparen: pos, Args: []ast.Expr{id("nil")}, Rparen: pos,
				})
				if types.IsInterface(e.typ) && pkg != nil {
					impl := l.implementers(pkg, e.typ, info.Types[operand].Type, taken)
					expanded = append(expanded, impl...)
					if len(impl) > 0 {
						// Cases of the cell types, decided by the
						// interpreter's switch.
						cellConcrete = true
					}
					for _, ct := range impl {
						if cellStruct(ct) {
							boxedImpl = append(boxedImpl, ct)
						}
					}
				}
			}
		}
		for _, e := range entries {
			if e.typ != nil {
				taken = append(taken, e.typ)
			}
		}
		if len(yaegiList) > 0 {
			body := []ast.Stmt{useT, set(kName, intLit(k))}
			if single(i) {
				body = append(body, set(xName(i), id(tName)))
			}
			dispatch = append(dispatch, &ast.CaseClause{Case: pos, List: yaegiList, Colon: pos, Body: body})
		}
		for _, ct := range expanded {
			body := []ast.Stmt{useT, set(kName, intLit(k))}
			// The interpreter matches a value of ct's reflect type, a
			// plain float64 for a `type Temp float64`, against this
			// case: CellCase refuses where the value may be of another
			// type than ct.
			if name, ok := l.cellTypeName(ct); ok {
				guard := helperCall(pos, CellCaseHelper, id(vName), &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(name)})
				body = append([]ast.Stmt{&ast.ExprStmt{X: guard}}, body...)
			}
			if single(i) {
				var x ast.Expr = id(tName)
				if dest := clauses[i][0].typ; l.nilConversionOf(ct, dest) {
					// A nil *MyErr in a case error: the interpreter
					// would make the clause's variable the nil
					// interface (typednil.go).
					x = l.typedNilCallOf(x, ct, dest)
				}
				body = append(body, set(xName(i), x))
			}
			dispatch = append(dispatch, &ast.CaseClause{Case: pos, List: []ast.Expr{l.typeExpr(ts, ct)}, Colon: pos, Body: body})
		}
		taken = append(taken, expanded...)
		for _, ct := range expanded {
			if basicWithMethods(ct) {
				boxedTypes = append(boxedTypes, ct)
			}
		}
	}
	if pkg != nil {
		for _, name := range libraryShadows(operandDef.(*ast.AssignStmt)) {
			if tn, ok := pkg.Scope().Lookup(name).(*types.TypeName); ok && !matchedBy(tn.Type(), boxedTypes) {
				boxedTypes = append(boxedTypes, tn.Type())
			}
		}
	}
	for _, ct := range boxedTypes {
		name, ok := l.cellTypeName(ct)
		if !ok || !basicWithMethods(ct) {
			continue
		}
		// Go's clause for a value of ct: the first with ct or an
		// interface ct implements; the default (0) when none is.
		target, own := 0, false
		for i, entries := range clauses {
			for _, e := range entries {
				if e.typ == nil || target != 0 {
					continue
				}
				if types.Identical(e.typ, ct) {
					own = true
				}
				if it, ok := e.typ.Underlying().(*types.Interface); types.Identical(e.typ, ct) || ok && types.Implements(ct, it) {
					target = i + 1
				}
			}
		}
		if own {
			continue // a case of its own: CellCase, Rebox and MissedCase decide
		}
		// The raw operand: the guards' calls may hand the box back
		// opened, a plain value the clauses would take for the basic
		// type's.
		body := []ast.Stmt{set(vName, id(rName)), set(kName, intLit(target))}
		if target > 0 && single(target-1) {
			body = append(body, set(xName(target-1), &ast.TypeAssertExpr{X: id(rName), Lparen: pos, Type: l.typeExpr(ts, ct), Rparen: pos}))
		}
		boxedClauses = append(boxedClauses, &ast.CaseClause{Case: pos, List: []ast.Expr{intLit(len(boxedNames))}, Colon: pos, Body: body})
		boxedNames = append(boxedNames, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(name)})
	}
	l.guardImplementers(operandDef.(*ast.AssignStmt), info.Types[operand].Type, append(implementing, boxedImpl...))
	cellTypes := false // a cell type might match a case TypeCase answers
	for _, c := range dispatch {
		for _, x := range c.(*ast.CaseClause).List {
			if tv, ok := info.Types[x]; !ok || !tv.IsNil() {
				cellTypes = true
			}
		}
	}
	if len(helperArgs) > 0 {
		call := &ast.CallExpr{Fun: &ast.SelectorExpr{X: id(RuntimeAlias), Sel: id("TypeCase")}, Lparen: pos, Args: append([]ast.Expr{id(vName), id(strconv.FormatBool(cellTypes))}, helperArgs...), Rparen: pos}
		dispatch = append(dispatch, &ast.CaseClause{Case: pos, Colon: pos, Body: []ast.Stmt{
			useT,
			&ast.SwitchStmt{Switch: pos, Tag: call, Body: &ast.BlockStmt{Lbrace: pos, List: helperClauses, Rbrace: pos}},
		}})
	}
	if len(dispatch) == 0 {
		dispatch = append(dispatch, &ast.CaseClause{Case: pos, Colon: pos, Body: []ast.Stmt{useT}})
	}
	var decided ast.Expr = id(vName)
	if (len(implementing) > 0 || cellConcrete) && l.wrapperOperand(info.Types[operand].Type) {
		decided = helperCall(pos, UnboxHelper, decided)
	}
	// A concrete case that a cell type of a kind without stand-ins shares
	// (case func(int) int beside type Op func(int) int) would take that
	// type's values: CellCase refuses a value of that reflect type.
	var shared []ast.Expr
	for _, c := range dispatch {
		for _, x := range c.(*ast.CaseClause).List {
			if l.sharedByCellType([]ast.Expr{x}) {
				shared = append(shared, &ast.CallExpr{Fun: &ast.ParenExpr{Lparen: pos, X: &ast.StarExpr{Star: pos, X: x}, Rparen: pos}, Lparen: pos, Args: []ast.Expr{id("nil")}, Rparen: pos})
			}
		}
	}
	if len(shared) > 0 {
		decided = helperCall(pos, CellCaseHelper, append([]ast.Expr{decided}, shared...)...)
	}
	var decide ast.Stmt = &ast.TypeSwitchStmt{
		Switch: pos,
		Assign: define(tName, &ast.TypeAssertExpr{X: decided, Lparen: pos, Rparen: pos}),
		Body:   &ast.BlockStmt{Lbrace: pos, List: dispatch, Rbrace: pos},
	}
	operandType := info.Types[operand].Type
	if operandType == nil {
		boxedNames = nil // LibraryCase refuses what BoxedCase would decide
	}
	if len(boxedNames) > 0 {
		def := operandDef.(*ast.AssignStmt)
		markBoxedShadows(def, boxedNames)
		operand, use := innermostOperand(def)
		if tv, ok := info.Types[operand]; ok {
			info.Types[use] = tv
		}
		raw := define(rName, operand)
		// The guards run on the values BoxedCase leaves to the switch:
		// a box handed through their calls may come back opened.
		declared := &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{
			&ast.ValueSpec{Names: []*ast.Ident{id(vName)}, Type: l.typeExpr(ts, operandType)},
		}}}
		// yaegi v0.16.1 holds a nil interface value of a non-empty
		// interface type handed to an any as no nil (a nil case misses
		// it) that no native call can take (reflect: call of
		// reflect.Value.Interface on zero Value), though it compares
		// equal to nil: a nil operand is made nil again.
		renil := &ast.IfStmt{If: pos, Cond: &ast.BinaryExpr{X: id(rName), OpPos: pos, Op: token.EQL, Y: id("nil")}, Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{
			set(rName, id("nil")),
		}, Rbrace: pos}}
		for i, st := range block {
			if st == operandDef {
				block = append(block[:i], append([]ast.Stmt{raw, renil, declared}, block[i+1:]...)...)
				break
			}
		}
		boxedClauses = append(boxedClauses, &ast.CaseClause{Case: pos, Colon: pos, Body: []ast.Stmt{set(vName, def.Rhs[0]), decide}})
		decide = &ast.SwitchStmt{Switch: pos, Tag: helperCall(pos, BoxedCaseHelper, append([]ast.Expr{id(rName)}, boxedNames...)...), Body: &ast.BlockStmt{Lbrace: pos, List: boxedClauses, Rbrace: pos}}
	}
	block = append(block, decide)

	if len(cellIfaces) > 0 && pkg != nil {
		block = append(block, l.laterTypeGuard(pos, id(kName), id(vName), cellIfaces, pkg))
	}

	// The bodies, chosen by the clause that matched.
	var chosen []ast.Stmt
	for i, c := range ts.Body.List {
		cc := c.(*ast.CaseClause)
		var body []ast.Stmt
		if bound != nil {
			from := id(vName)
			if single(i) {
				from = id(xName(i))
			}
			x := &ast.Ident{NamePos: bound.NamePos, Name: bound.Name}
			body = append(body,
				&ast.AssignStmt{Lhs: []ast.Expr{x}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{from}},
				set("_", id(bound.Name)))
		}
		body = append(body, cc.Body...)
		var list []ast.Expr
		if cc.List != nil {
			list = []ast.Expr{intLit(i + 1)}
		}
		chosen = append(chosen, &ast.CaseClause{Case: cc.Case, List: list, Colon: cc.Colon, Body: body})
	}
	var last ast.Stmt = &ast.SwitchStmt{Switch: pos, Tag: id(kName), Body: &ast.BlockStmt{Lbrace: ts.Body.Lbrace, List: chosen, Rbrace: ts.Body.Rbrace}}
	if label != nil {
		last = &ast.LabeledStmt{Label: label, Colon: pos, Stmt: last}
	}
	block = append(block, last)
	return &ast.BlockStmt{Lbrace: pos, List: block, Rbrace: ts.End()}
}

// wrapperOperand: t, the static type of a type switch's or assertion's
// operand, is an interface with methods that no cell declares (io.Writer,
// error), in which yaegi holds a cell value as one of its wrappers (see
// boxed.go). Its case of a cell type then misses the value whenever the
// switch also has a case of an interface, silently: the cases the cell
// interfaces' implementers became must see Unbox(operand).
func (l *typedLowering) wrapperOperand(t types.Type) bool {
	if t == nil {
		return false
	}
	it, ok := t.Underlying().(*types.Interface)
	var pkg *types.Package
	return ok && !it.Empty() && !l.mentionsCellType(t, &pkg)
}

// mentionsCellType: t names a type the cells declared, which the runner's
// reflect types cannot stand for; it notes the cells' package in pkg.
func (l *typedLowering) mentionsCellType(t types.Type, pkg **types.Package) bool {
	found := false
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if found || t == nil {
			return
		}
		switch t := t.(type) {
		case *types.Named:
			if p := t.Obj().Pkg(); p != nil && cellPackage(l.t, p) {
				found, *pkg = true, p
			}
		case *types.Pointer, *types.Slice, *types.Array, *types.Map:
			for _, e := range held(t) {
				walk(e)
			}
		case *types.Chan:
			walk(t.Elem())
		case *types.Signature:
			for i := 0; i < t.Params().Len(); i++ {
				walk(t.Params().At(i).Type())
			}
			for i := 0; i < t.Results().Len(); i++ {
				walk(t.Results().At(i).Type())
			}
		case *types.Struct:
			found = true // yaegi's own struct types, named or not
		case *types.Interface:
			for i := 0; i < t.NumMethods(); i++ {
				walk(t.Method(i).Type())
			}
		}
	}
	walk(t)
	return found
}

// cellPackage is the package the checker put the part in.
func (l *typedLowering) cellPackage() *types.Package {
	for _, obj := range l.t.Info.Defs {
		if obj != nil && obj.Pkg() != nil && cellPackage(l.t, obj.Pkg()) {
			return obj.Pkg()
		}
	}
	return nil
}

// implementers are the cells' types T and *T that implement iface and the
// operand's type, and that no type of taken (an earlier case) matches
// first, in name order.
func (l *typedLowering) implementers(pkg *types.Package, iface, operand types.Type, taken []types.Type) []types.Type {
	var oi *types.Interface
	if operand != nil {
		oi, _ = operand.Underlying().(*types.Interface)
	}
	it, _ := iface.Underlying().(*types.Interface)
	if it == nil {
		return nil
	}
	var out []types.Type
	for _, cand := range concreteCellTypes(pkg) {
		if !types.Implements(cand, it) || oi != nil && !types.Implements(cand, oi) || matchedBy(cand, taken) {
			continue
		}
		out = append(out, cand)
	}
	return out
}

// concreteCellTypes are T and *T for each type the cells declared at the
// top level that is neither an interface, an alias nor generic (an
// instance of a generic cell type stays unmatched), in name order.
func concreteCellTypes(pkg *types.Package) []types.Type {
	var out []types.Type
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() > 0 {
			continue
		}
		out = append(out, tn.Type(), types.NewPointer(tn.Type()))
	}
	return out
}

func matchedBy(t types.Type, taken []types.Type) bool {
	for _, c := range taken {
		if ci, ok := c.Underlying().(*types.Interface); ok && types.IsInterface(c) {
			if types.Implements(t, ci) {
				return true
			}
		} else if types.Identical(t, c) {
			return true
		}
	}
	return false
}

// copyExpr is a copy of x, a type as the user wrote it (go/types would
// write os.PathError as fs.PathError, which the cell may not import).
func (l *typedLowering) copyExpr(x ast.Expr) ast.Expr {
	var b strings.Builder
	if err := format.Node(&b, token.NewFileSet(), x); err != nil {
		l.fail(x, "gogil cannot copy the type of this case (%v)", err)
		return ast.NewIdent("_")
	}
	c, err := parser.ParseExpr(b.String())
	if err != nil {
		l.fail(x, "gogil cannot copy the type of this case (%v)", err)
		return ast.NewIdent("_")
	}
	placeAt(c, x.Pos())
	return c
}

// guardImplementers hands an operand of an empty interface, def's value,
// to the runner's Rebox and CellCase with the cell types that stand for
// the cases of interfaces, the cells' and the library's (a cell struct
// with a String method passed as an any fell past its case to TypeCase,
// which could only refuse it): the interpreter's case of a cell type
// misses a value it boxed putting it in the any, and matches a value of
// another cell type of the same shape. On an interface of the cells' the
// cases match by the value's own type, and no guard is needed.
func (l *typedLowering) guardImplementers(def *ast.AssignStmt, operand types.Type, impl []types.Type) {
	if operand == nil {
		return
	}
	if it, ok := operand.Underlying().(*types.Interface); !ok || !it.Empty() {
		return
	}
	pos := def.Pos()
	var withMethods, all []ast.Expr
	for _, t := range impl {
		name, ok := l.cellTypeName(t)
		if !ok {
			continue
		}
		lit := &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(name)}
		all = append(all, lit)
		if boxedInAny(t) {
			withMethods = append(withMethods, lit)
		}
	}
	if len(all) == 0 {
		return
	}
	x := def.Rhs[0]
	if len(withMethods) > 0 {
		x = helperCall(pos, ReboxHelper, append([]ast.Expr{x}, withMethods...)...)
	}
	def.Rhs[0] = helperCall(pos, CellCaseHelper, append([]ast.Expr{x}, all...)...)
}

// cellTypeName is the name the runner knows t by ("T", "*T"): a
// non-generic type declared at the top level of a cell.
func (l *typedLowering) cellTypeName(t types.Type) (string, bool) {
	t, star := types.Unalias(t), ""
	if p, ok := t.(*types.Pointer); ok {
		t, star = types.Unalias(p.Elem()), "*"
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !cellPackage(l.t, named.Obj().Pkg()) || named.TypeArgs().Len() > 0 || named.TypeParams().Len() > 0 {
		return "", false
	}
	if obj := named.Obj(); obj.Parent() == obj.Pkg().Scope() {
		return star + obj.Name(), true
	}
	return "", false
}

// LaterCaseHelper is the runner's check, when no case of a type switch
// with cases of cell interfaces matched, that the value is not of a cell
// type declared after the switch was lowered: the cases of those
// interfaces became the cell types known then, and a later type that
// implements one would silently miss it.
const LaterCaseHelper = "LaterCase"

// laterTypeGuard is `if k == 0 { __gogil.LaterCase(v, ifaces, known...) }`
// with the cell types of pkg known now.
func (l *typedLowering) laterTypeGuard(pos token.Pos, k, v ast.Expr, ifaces []string, pkg *types.Package) ast.Stmt {
	args := []ast.Expr{v, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(strings.Join(ifaces, ", "))}}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() && !types.IsInterface(tn.Type()) {
			args = append(args, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(name)})
		}
	}
	return &ast.IfStmt{If: pos,
		Cond: &ast.BinaryExpr{X: k, OpPos: pos, Op: token.EQL, Y: &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ExprStmt{X: helperCall(pos, LaterCaseHelper, args...)}}, Rbrace: pos}}
}

// cellStruct: t is a struct type or a pointer to one. The interpreter
// makes the reflect type of a cell struct itself, so a value out of a box
// of one is no library value; one of a basic kind would be (a plain int
// for a `type Day int`), and CellCase would refuse every library value of
// that kind.
func cellStruct(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// BoxedCaseHelper is the runner's BoxedCase: the index of the name of the
// cell type whose box the operand is, among its arguments, or -1.
const BoxedCaseHelper = "BoxedCase"

// boxedInAny: the interpreter boxes a value of t in an any, as it does a
// value of a type with methods: its method set of a type T holds the
// methods of *T too, so a T whose pointer alone has methods is boxed.
func boxedInAny(t types.Type) bool {
	t = types.Unalias(t)
	if _, ok := t.(*types.Pointer); !ok {
		t = types.NewPointer(t)
	}
	return types.NewMethodSet(t).Len() > 0
}

// basicWithMethods: t is a cell type of a basic kind (not a struct, not a
// pointer) with methods, which the interpreter boxes in an any.
func basicWithMethods(t types.Type) bool {
	t = types.Unalias(t)
	if _, ok := t.(*types.Pointer); ok {
		return false
	}
	if _, ok := t.Underlying().(*types.Basic); !ok {
		return false
	}
	return types.NewMethodSet(types.NewPointer(t)).Len() > 0
}

// libraryShadows are the names of the cell types (not pointers) that the
// LibraryCase call (librarycase.go) def's value may be refuses in a box.
func libraryShadows(def *ast.AssignStmt) []string {
	lit := libraryShadowsLit(def)
	if lit == nil {
		return nil
	}
	shadows, err := strconv.Unquote(lit.Value)
	if err != nil || shadows == "" {
		return nil
	}
	var names []string
	for _, n := range strings.Split(shadows, ",") {
		if !strings.HasPrefix(n, "*") {
			names = append(names, n)
		}
	}
	return names
}

// libraryShadowsLit is the shadows argument of that call, under the
// CellCase and Rebox of guardImplementers.
func libraryShadowsLit(def *ast.AssignStmt) *ast.BasicLit {
	x := def.Rhs[0]
	for {
		call, ok := x.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return nil
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		switch sel.Sel.Name {
		case CellCaseHelper, ReboxHelper:
			x = call.Args[0]
			continue
		case LibraryCaseHelper:
			if len(call.Args) < 4 {
				return nil
			}
			lit, _ := call.Args[3].(*ast.BasicLit)
			return lit
		}
		return nil
	}
}

// innermostOperand takes the operand out of the guards' calls of def's
// value (CellCase, Rebox, LibraryCase), puts the raw operand's variable
// (__gogil_tsrN, def's tsv renamed) in its place, and returns both.
func innermostOperand(def *ast.AssignStmt) (ast.Expr, *ast.Ident) {
	name := strings.Replace(def.Lhs[0].(*ast.Ident).Name, "tsv", "tsr", 1)
	slot := &def.Rhs[0]
	for {
		call, ok := (*slot).(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			break
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != CellCaseHelper && sel.Sel.Name != ReboxHelper && sel.Sel.Name != LibraryCaseHelper {
			break
		}
		if x, ok := sel.X.(*ast.Ident); !ok || x.Name != RuntimeAlias {
			break
		}
		slot = &call.Args[0]
	}
	operand := *slot
	use := &ast.Ident{NamePos: operand.Pos(), Name: name}
	*slot = use
	return operand, use
}

// markBoxedShadows marks, in the LibraryCase call (librarycase.go) that
// def's value may be, the shadowing cell types whose boxes BoxedCase
// decides: LibraryCase hands those back rather than refuse them.
func markBoxedShadows(def *ast.AssignStmt, names []ast.Expr) {
	lit := libraryShadowsLit(def)
	if lit == nil {
		return
	}
	shadows, err := strconv.Unquote(lit.Value)
	if err != nil {
		return
	}
	decided := map[string]bool{}
	for _, n := range names {
		if s, err := strconv.Unquote(n.(*ast.BasicLit).Value); err == nil {
			decided[s] = true
		}
	}
	parts := strings.Split(shadows, ",")
	for i, p := range parts {
		if decided[p] {
			parts[i] = "=" + p
		}
	}
	lit.Value = strconv.Quote(strings.Join(parts, ","))
}
