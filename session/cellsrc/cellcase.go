package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 holds a value of a cell's named type in an empty
// interface (any) as a value of its reflect type, which is the underlying
// type: a `type celsius float64` is a plain float64 there, and two cell
// struct types of one shape share a type. Its type assertions and type
// switches on an `any` then match by that type, silently: 3.5 is a
// celsius, celsius(3.5) a float64, a Size a Color.
//
// guardCellCases hands the operand of each assertion and type switch on
// an empty interface, in a program that declares types, to the runner's
// CellCase with the cases' types, which gives the value back unless a
// cell type registered for its reflect type (boxed.go) is a case's and
// the value could be of another type (another cell type of that reflect
// type, or a library one: every type but a cell struct and a pointer to
// one), or a case's library type is that reflect type and the value could
// be a cell type's; then it ends the cell with an error naming the types. A type declared inside a function is not
// registered; a case of one that is not a struct is refused before the
// cell runs.

// CellCaseHelper is the runner's helper of this file.
const CellCaseHelper = "CellCase"

// assertsType is the cheap syntactic test: the part has a type switch or
// a type assertion.
func assertsType(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.TypeAssertExpr, *ast.TypeSwitchStmt:
			found = true
		}
		return !found
	})
	return found
}

func guardCellCases(f *File, opts Options) *cellio.Error {
	if !opts.CellTypes && !declaresTypes(f.AST) || !assertsType(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	guards := map[*ast.TypeAssertExpr]*caseGuard{}
	switches := map[*ast.TypeAssertExpr]*ast.TypeSwitchStmt{}
	n := 0
	ast.Inspect(f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			if n.Type != nil {
				l.addCellCase(guards, n, n.Type)
			}
		case *ast.TypeSwitchStmt:
			ta := switchGuard(n)
			if ta == nil {
				break
			}
			switches[ta] = n
			for _, c := range n.Body.List {
				for _, t := range c.(*ast.CaseClause).List {
					l.addCellCase(guards, ta, t)
				}
			}
		}
		return l.err == nil
	})
	if l.err != nil || len(guards) == 0 {
		return l.err
	}
	for ta, g := range guards {
		if len(g.names) == 0 && !l.sharedByCellType(g.natives) {
			// Library types alone: a value of a cell type matches one of
			// its underlying type, silently, but the refusal would end
			// every ctx.Value(k).(string) of a program with a
			// `type ctxKey string`; librarycase.go decides where a cell
			// type with methods has the type.
			l.guardLibraryCase(f, ta, g.natives, switches[ta] != nil)
			continue
		}
		pos := ta.X.Pos()
		args := []ast.Expr{ta.X}
		for _, c := range g.ordered {
			if lit, ok := c.(*ast.BasicLit); ok {
				args = append(args, lit)
				continue
			}
			args = append(args, &ast.CallExpr{Fun: &ast.ParenExpr{Lparen: pos, X: &ast.StarExpr{Star: pos, X: c}, Rparen: pos}, Lparen: pos, Args: []ast.Expr{&ast.Ident{NamePos: pos, Name: "nil"}}, Rparen: pos})
		}
		call := helperCall(pos, CellCaseHelper, args...)
		// The passes after this one look the operand's type up.
		tv, typed := l.t.Info.Types[ta.X]
		if typed {
			l.t.Info.Types[call] = tv
		}
		sw := switches[ta]
		if sw == nil || sw.Init != nil && !plainOperand(ta.X) {
			ta.X = call
			continue
		}
		// yaegi v0.16.1 crashes on a nil handed back by a call as the
		// operand of a type switch with a case of a cell interface: the
		// switch keeps its operand, and each clause checks it first.
		if !plainOperand(ta.X) {
			n++
			v := &ast.Ident{NamePos: pos, Name: "__gogil_case" + strconv.Itoa(n)}
			sw.Init = &ast.AssignStmt{Lhs: []ast.Expr{v}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{ta.X}}
			use := &ast.Ident{NamePos: pos, Name: v.Name}
			if typed {
				l.t.Info.Types[use] = tv
			}
			ta.X = use
		}
		var earlier []ast.Expr // the cell types of the clauses before
		for _, c := range sw.Body.List {
			cc := c.(*ast.CaseClause)
			check := *call
			check.Args = append([]ast.Expr{ta.X}, call.Args[1:]...)
			head := []ast.Stmt{&ast.ExprStmt{X: &check}}
			if operand, isIdent := ta.X.(*ast.Ident); isIdent && len(earlier) > 0 {
				missed := helperCall(pos, MissedCaseHelper, append([]ast.Expr{&ast.Ident{NamePos: pos, Name: operand.Name}}, earlier...)...)
				head = append(head, &ast.ExprStmt{X: missed})
			}
			cc.Body = append(head, cc.Body...)
			for _, t := range cc.List {
				if name, ok := l.cellCaseName(t); ok {
					earlier = append(earlier, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(name)})
				}
			}
		}
		if !l.interfaceCase(sw) {
			// A value the runner put in the interface as a stand-in for
			// its cell type (namedbasic.go) comes back for the case of
			// its type; where an interface case keeps the operand as it
			// is, MissedCase refuses the clause the stand-in falls to.
			unnamed := *call
			unnamed.Args = append([]ast.Expr{ta.X}, call.Args[1:]...)
			ta.X = &unnamed
		}
		// After the clauses' checks and CellCase, which read the operand
		// as it is: the interpreter's box names the value's cell type,
		// which CellCase needs where several types share a reflect type.
		l.reboxOperand(sw, ta)
	}
	return nil
}

// MissedCaseHelper is the runner's check that the interpreter did not
// pass over the case of a value's own cell type: yaegi v0.16.1 matches a
// value of a cell type with methods that became an `any` implicitly (an
// argument, an element, an assignment) against the interface cases of a
// type switch but not against its own type's case, silently. Each clause
// after a case of a cell type hands the operand and those types to it,
// which ends the cell with an error naming the type when the value is one.
const MissedCaseHelper = "MissedCase"

// ReboxHelper gives the interpreter a box of the operand of a type switch
// that its case of the value's own cell type matches (see missedCase and
// rebox in the runner).
const ReboxHelper = "Rebox"

// reboxOperand hands the operand of sw to Rebox with the cell types with
// methods whose case comes before every case of an interface they
// implement.
func (l *typedLowering) reboxOperand(sw *ast.TypeSwitchStmt, ta *ast.TypeAssertExpr) {
	pos := ta.X.Pos()
	var ifaces []*types.Interface
	var args []ast.Expr
	for _, c := range sw.Body.List {
		for _, t := range c.(*ast.CaseClause).List {
			tv, ok := l.t.Info.Types[t]
			if !ok || !tv.IsType() || tv.Type == nil {
				continue
			}
			if it, ok := tv.Type.Underlying().(*types.Interface); ok {
				ifaces = append(ifaces, it)
				continue
			}
			name, ok := l.cellCaseName(t)
			if !ok || !boxedInAny(tv.Type) {
				continue
			}
			shadowed := false
			for _, it := range ifaces {
				shadowed = shadowed || types.Implements(tv.Type, it)
			}
			if shadowed {
				continue
			}
			args = append(args, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(name)})
		}
	}
	if len(args) == 0 {
		return
	}
	call := helperCall(pos, ReboxHelper, append([]ast.Expr{ta.X}, args...)...)
	if tv, ok := l.t.Info.Types[ta.X]; ok {
		l.t.Info.Types[call] = tv
	}
	ta.X = call
}

// cellCaseName is the name CellCase knows a case type by ("T", "*T"): a
// non-generic cell type declared at the top level.
func (l *typedLowering) cellCaseName(typ ast.Expr) (string, bool) {
	tv, ok := l.t.Info.Types[typ]
	if !ok || !tv.IsType() || tv.Type == nil {
		return "", false
	}
	t, star := types.Unalias(tv.Type), ""
	if p, ok := t.(*types.Pointer); ok {
		t, star = types.Unalias(p.Elem()), "*"
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !cellPackage(l.t, named.Obj().Pkg()) || named.TypeArgs().Len() > 0 || named.TypeParams().Len() > 0 {
		return "", false
	}
	if _, iface := named.Underlying().(*types.Interface); iface {
		return "", false
	}
	obj := named.Obj()
	if obj.Parent() != obj.Pkg().Scope() {
		return "", false
	}
	return star + obj.Name(), true
}

// plainOperand: x is a name or a field of one, which the clauses of a
// switch can read again.
func plainOperand(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return x.Name != "_"
	case *ast.SelectorExpr:
		return plainOperand(x.X)
	}
	return false
}

// switchGuard is the x.(type) of a type switch.
func switchGuard(sw *ast.TypeSwitchStmt) *ast.TypeAssertExpr {
	var x ast.Expr
	switch a := sw.Assign.(type) {
	case *ast.ExprStmt:
		x = a.X
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			x = a.Rhs[0]
		}
	}
	ta, _ := ast.Unparen(x).(*ast.TypeAssertExpr)
	return ta
}

// caseGuard is what CellCase is told of an assertion's or switch's
// cases: the names the runner knows their cell types by, and the other
// types that are not interfaces, whose values the interpreter may confuse
// with a cell type's.
// sharedByCellType: a case type of natives is the underlying type of a
// top-level cell type of a kind that gets no stand-in (a func, slice,
// map, chan or array: type Op func(int) int), whose values the
// interpreter holds in an any as values of that type: `case func(int)
// int` matched an Op, silently. The switch then goes through CellCase,
// which refuses a value of that reflect type.
func (l *typedLowering) sharedByCellType(natives []ast.Expr) bool {
	scope := l.mainScope()
	if scope == nil {
		return false
	}
	for _, x := range natives {
		tv := l.t.Info.Types[x]
		if tv.Type == nil {
			continue
		}
		switch tv.Type.Underlying().(type) {
		case *types.Signature, *types.Slice, *types.Map, *types.Chan, *types.Array:
		default:
			continue
		}
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || !cellPackage(l.t, tn.Pkg()) {
				continue
			}
			if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() == 0 && types.Identical(named.Underlying(), tv.Type) {
				return true
			}
		}
	}
	return false
}

type caseGuard struct {
	names   []string
	natives []ast.Expr
	ordered []ast.Expr // both, in the order of the cases (standinCase reads it)
}

// addCellCase records in guards the case type typ of ta, when ta's
// operand is an empty interface: by the name the runner knows it by if it
// is a cell's named non-interface type (or a pointer to one), or as a
// native type.
func (l *typedLowering) addCellCase(guards map[*ast.TypeAssertExpr]*caseGuard, ta *ast.TypeAssertExpr, typ ast.Expr) {
	op, ok := l.t.Info.Types[ta.X]
	if !ok || op.Type == nil {
		return
	}
	if it, ok := op.Type.Underlying().(*types.Interface); !ok || it.NumMethods() != 0 || mentionsTypeParam(op.Type) {
		return
	}
	tv, ok := l.t.Info.Types[typ]
	if !ok || !tv.IsType() || tv.Type == nil {
		return
	}
	t, star := types.Unalias(tv.Type), ""
	if p, ok := t.(*types.Pointer); ok {
		t, star = types.Unalias(p.Elem()), "*"
	}
	if _, iface := t.Underlying().(*types.Interface); iface || mentionsTypeParam(tv.Type) {
		return
	}
	g := guards[ta]
	if g == nil {
		g = &caseGuard{}
		guards[ta] = g
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !cellPackage(l.t, named.Obj().Pkg()) {
		if l.nativeCase(tv.Type) || l.sharedByCellType([]ast.Expr{typ}) {
			g.natives = append(g.natives, typ)
			g.ordered = append(g.ordered, typ)
		}
		return
	}
	if named.TypeArgs().Len() > 0 || named.TypeParams().Len() > 0 {
		return
	}
	obj := named.Obj()
	if obj.Parent() != obj.Pkg().Scope() {
		if _, isStruct := named.Underlying().(*types.Struct); !isStruct {
			l.fail(typ, "a type assertion or type switch case of %s%s, a type declared inside a function with underlying type %s, on a value held in an interface: the interpreter holds such a value as a plain %s and cannot tell the two apart; declare the type at the top level of the cell",
				star, obj.Name(), types.TypeString(named.Underlying(), cellQualifier), types.TypeString(named.Underlying(), cellQualifier))
		}
		return
	}
	name := star + obj.Name()
	for _, n := range g.names {
		if n == name {
			return
		}
	}
	g.names = append(g.names, name)
	g.ordered = append(g.ordered, &ast.BasicLit{ValuePos: typ.Pos(), Kind: token.STRING, Value: strconv.Quote(name)})
}

// nativeCase: t mentions no cell type, so that the runner can be handed a
// value of it, and is one whose values the interpreter could confuse with
// a cell type's (not a library's named type, which no cell type's reflect
// type is).
func (l *typedLowering) nativeCase(t types.Type) bool {
	if _, named := types.Unalias(t).(*types.Named); named {
		return false
	}
	if mentionsLocalType(t, map[types.Type]bool{}) {
		return false
	}
	found := false
	var walk func(t types.Type)
	walk = func(t types.Type) {
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			found = found || t.Obj().Pkg() != nil && cellPackage(l.t, t.Obj().Pkg())
		case *types.Pointer, *types.Slice, *types.Array, *types.Map:
			for _, e := range held(t) {
				walk(e)
			}
		case *types.Chan:
			walk(t.Elem())
		case *types.Basic:
		default:
			found = true // struct, func, ...: left to the interpreter
		}
	}
	walk(t)
	return !found
}

// interfaceCase: a case of sw is an interface type.
func (l *typedLowering) interfaceCase(sw *ast.TypeSwitchStmt) bool {
	for _, c := range sw.Body.List {
		for _, t := range c.(*ast.CaseClause).List {
			if tv, ok := l.t.Info.Types[t]; ok && tv.IsType() && types.IsInterface(tv.Type) {
				return true
			}
		}
	}
	return false
}
