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
// ways to write a native interface.
func mayHaveNativeCase(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if cc, ok := n.(*ast.CaseClause); ok && !found {
			for _, x := range cc.List {
				switch x := ast.Unparen(x).(type) {
				case *ast.Ident:
					found = found || x.Name == "error"
				case *ast.SelectorExpr:
					found = true
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
				e.native = !l.mentionsCellType(tv.Type, &pkg)
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
	block = append(block, define(vName, operand), define(kName, intLit(0)))
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
	useT := set("_", id(tName))
	for i, entries := range clauses {
		k := i + 1
		var yaegiList []ast.Expr
		var expanded []types.Type
		for _, e := range entries {
			switch {
			case i < first || e.typ == nil || !e.native:
				yaegiList = append(yaegiList, e.expr)
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
					expanded = append(expanded, l.implementers(pkg, e.typ, info.Types[operand].Type, taken)...)
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
			if single(i) {
				body = append(body, set(xName(i), id(tName)))
			}
			dispatch = append(dispatch, &ast.CaseClause{Case: pos, List: []ast.Expr{l.typeExpr(ts, ct)}, Colon: pos, Body: body})
		}
		taken = append(taken, expanded...)
	}
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
	block = append(block, &ast.TypeSwitchStmt{
		Switch: pos,
		Assign: define(tName, &ast.TypeAssertExpr{X: id(vName), Lparen: pos, Rparen: pos}),
		Body:   &ast.BlockStmt{Lbrace: pos, List: dispatch, Rbrace: pos},
	})

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
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
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
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() > 0 {
			continue // an instance of a generic cell type stays unmatched
		}
		for _, cand := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(cand, it) || oi != nil && !types.Implements(cand, oi) || matchedBy(cand, taken) {
				continue
			}
			out = append(out, cand)
		}
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
