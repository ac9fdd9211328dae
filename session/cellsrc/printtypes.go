package cellsrc

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// The interpreter's reflect types do not name the types cells declare:
// point is an unnamed struct, celsius a float64, and a String method of an
// element is out of fmt's reach (see session/cellfmt). The static type is
// known here, so the printing pass hands each printed argument whose type
// is or holds a cell type to the runner as __gogil.Typed(x, id, m...): id
// names the static type the runner registered (Describe), and each m is a
// function literal calling one String, Error, GoString or Format method
// fmt applies within that type, which native code can call where the
// interpreter would not.
//
// An argument whose static type is an interface is left alone (its
// dynamic type is not known here; cellfmt says so where it matters),
// except one of a cell interface with methods, whose dynamic type must be
// one of the cell types implementing it (ifaceArg), and one of error or
// fmt.Stringer where a cell type in it has a method fmt would call that
// the interface lacks (losesFmtMethod). An interface inside an
// argument's type ([]Shape, map[string]any, a struct's error field) gets
// the same list of candidates in its description (candidatesAt), from
// which the runner picks the dynamic type of each value held there: the
// interpreter hands fmt such a value in its own box.

// Method is a String or Error method fmt applies within a printed type:
// Recv is the receiver type as a value of it is printed (T, or *T for a
// method with a pointer receiver reached through a pointer).
type Method struct {
	Recv types.Type
	Name string
}

// Describer registers the static type of a printed value and returns its
// id and the methods, in order, that the Typed call must carry.
// candidates lists the cell types an interface inside the type may hold.
type Describer func(t types.Type, candidates Candidates) (id int, methods []Method)

// Candidates are the top-level cell types (T, *T) whose values an
// interface of type iface may hold at the printing call; unknown says a
// value there may also be of a cell type the call cannot name (generic,
// hidden by a local name), which the runner must then not take for one
// listed.
type Candidates func(iface *types.Interface) (list []Candidate, unknown bool)

// Candidate is one cell type of Candidates: its name as the runner knows
// it ("T", "*T"); Local says a type declared in a function body, which
// the runner cannot tell by name, has its shape.
type Candidate struct {
	Name  string
	Type  types.Type
	Local bool
}

// printFuncs are the functions whose arguments the pass types, by package.
var printFuncs = map[string]map[string]bool{
	"fmt": {"Print": true, "Println": true, "Printf": true, "Sprint": true, "Sprintln": true, "Sprintf": true,
		"Fprint": true, "Fprintln": true, "Fprintf": true, "Errorf": true, "Append": true, "Appendf": true, "Appendln": true},
	"log": {"Print": true, "Println": true, "Printf": true, "Panic": true, "Panicln": true, "Panicf": true,
		"Fatal": true, "Fatalln": true, "Fatalf": true},
}

// printsValues is the syntactic test that keeps go/types away from a part
// when no cell has declared a type or the part prints nothing.
func printsValues(file *ast.File, opts Options) bool {
	if opts.Describe == nil {
		return false
	}
	declares := opts.CellTypes
	prints := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GenDecl:
			declares = declares || n.Tok == token.TYPE
		case *ast.BinaryExpr:
			prints = prints || mentionsErrorChain(n)
		case *ast.SwitchStmt:
			prints = prints || mentionsErrorSwitch(n)
		case *ast.CallExpr:
			prints = prints || mentionsTypeNamingCall(n)
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && len(n.Args) > 0 {
				// x.Println, x.y.Println may be a *log.Logger's, which
				// isPrintCall tells.
				prints = prints || printFuncs["log"][sel.Sel.Name]
				if pkg, ok := sel.X.(*ast.Ident); ok && (printFuncs[pkg.Name][sel.Sel.Name] || refusedErrorFuncs[pkg.Name+"."+sel.Sel.Name] || mentionsErrorChain(n)) {
					prints = true
					// The target's interface type may have been written in
					// another part of the cell (refuseErrorCall).
					declares = declares || pkg.Name+"."+sel.Sel.Name == "errors.As"
					// %T of a library type the interpreter unnames (an
					// iterator) needs types even where no cell declared one.
					for _, a := range n.Args {
						if lit, ok := a.(*ast.BasicLit); ok && lit.Kind == token.STRING && strings.Contains(lit.Value, "%T") {
							declares = true
						}
					}
				}
			}
		}
		return !(prints && declares)
	})
	return prints && declares
}

func lowerPrinted(f *File, opts Options) *cellio.Error {
	// A cell interface that holds a library value (nativeshapes.go) is
	// compared as one holding a cell value.
	if opts.Describe != nil && f.shapeCases {
		opts.CellTypes = true
	}
	// The cell's value is shown as fmt prints it (trailingvalues.go).
	trailing := f.Trailing()
	shows := opts.Trailing && opts.CellTypes && opts.Describe != nil && trailing != nil
	if !printsValues(f.AST, opts) && !shows {
		return nil
	}
	t := f.types(opts)
	if t == nil {
		return nil // printed as before: the runner could not check the part
	}
	l := &typedLowering{f: f, t: t}
	var calls []*ast.CallExpr
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && l.isPrintCall(call) {
			calls = append(calls, call)
		}
		return true
	})
	var shown *trailingValue
	if shows {
		if shown = l.trailingValues(trailing); shown != nil {
			calls = append(calls, shown.call)
		}
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && l.err == nil {
			l.refuseErrorCall(call)
		}
		return l.err == nil
	})
	if l.err == nil {
		l.lowerErrorChains()
		l.lowerInterfaceEquality()
		l.lowerNamedErrors()
	}
	var shapes []types.Type // see shapeprint.go
	for _, call := range calls {
		if call.Ellipsis.IsValid() {
			l.typedSpread(call, opts.Describe)
			continue
		}
		verbs, known, printf := formatVerbs(t, call)
		for i, arg := range call.Args {
			if i < printedFrom(t, call) {
				continue // Fprintf's writer, Printf's format: typed parameters, not printed values
			}
			// Only what fmt.Errorf may wrap (%w, or a format it cannot
			// read) must reach it as the interpreter's value; an argument
			// under any other verb is printed, as Printf's are.
			at := i - printedFrom(t, call)
			errorf := isErrorf(call) && !(known && at < len(verbs) && verbs[at].letter != 'w')
			tv, ok := t.Info.Types[arg]
			if ok && tv.Type != nil && !tv.IsType() {
				if l.refuseLocalTypeNames(arg, at, verbs, known, printf, tv.Type); l.err != nil {
					return l.err
				}
			}
			if ok && tv.Type != nil && !tv.IsType() && paramShaped(tv.Type) {
				if x := l.paramArg(arg, tv.Type, opts.Describe); x != nil {
					call.Args[i] = x
					continue
				}
			}
			if !ok || tv.Type == nil || tv.IsType() || !(PrintsByStaticType(tv.Type) || emptyInterface(tv.Type) || libraryIface(tv.Type) || literalIface(tv.Type) || l.losesFmtMethod(tv.Type) || l.bypassesFmtMethod(call, i, errorf, tv.Type) || l.holdsCellValues(tv.Type) || l.sharesCellShape(tv.Type, &shapes)) {
				continue
			}
			if iface, isIface := tv.Type.Underlying().(*types.Interface); isIface {
				if x := l.ifaceArg(arg, tv.Type, iface, opts.Describe); x != nil {
					call.Args[i] = x
				}
				continue
			}
			typed := l.typedArg(arg, tv.Type, opts.Describe).(*ast.CallExpr)
			if errorf && keepsWhole(tv.Type) && types.Implements(tv.Type, errorIface()) {
				typed.Fun.(*ast.SelectorExpr).Sel.Name = TypedErrorHelper
			}
			call.Args[i] = typed
		}
	}
	if l.err == nil && shown != nil {
		shown.place(f)
	}
	return l.err
}

func (l *typedLowering) isPrintCall(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if selection, ok := l.t.Info.Selections[sel]; ok {
		// A *log.Logger's printing methods print as log's functions do,
		// called on a logger or through a struct embedding one.
		fn, ok := selection.Obj().(*types.Func)
		if !ok || selection.Kind() != types.MethodVal || !printFuncs["log"][sel.Sel.Name] {
			return false
		}
		recv := fn.Type().(*types.Signature).Recv()
		return recv != nil && isLogLogger(recv.Type())
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok {
		return false
	}
	name, ok := l.t.Info.Uses[pkg].(*types.PkgName)
	return ok && printFuncs[name.Imported().Path()][sel.Sel.Name]
}

// isLogLogger: t is log.Logger as cells see it, or a pointer to it: a
// library's type (the runner may give cells a type of its own for it)
// with log.Logger's Output and Prefix.
func isLogLogger(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() == "main" {
		return false
	}
	ptr := types.NewPointer(n)
	return hasMethodOf(ptr, "Output", []types.Type{types.Typ[types.Int], types.Typ[types.String]}, []types.Type{types.Universe.Lookup("error").Type()}) &&
		hasMethodOf(ptr, "Prefix", nil, []types.Type{types.Typ[types.String]})
}

// hasMethodOf: t has a method name taking params and returning results.
func hasMethodOf(t types.Type, name string, params, results []types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	same := func(tuple *types.Tuple, want []types.Type) bool {
		if tuple.Len() != len(want) {
			return false
		}
		for i, w := range want {
			if !types.Identical(tuple.At(i).Type(), w) {
				return false
			}
		}
		return true
	}
	return same(sig.Params(), params) && same(sig.Results(), results)
}

// printedFrom is the index of the call's first argument fmt prints: the
// arguments before it fill the function's typed parameters (an io.Writer, a
// format, a []byte), where a Typed value, an interface{}, would not compile.
func printedFrom(t *Types, call *ast.CallExpr) int {
	if sig, ok := t.Info.Types[call.Fun].Type.(*types.Signature); ok && sig.Variadic() {
		return sig.Params().Len() - 1
	}
	return len(call.Args) // not fmt's signature: print nothing as typed
}

// TypedSpreadHelper is the runner's Typed for a slice spread into a
// printing call's variadic parameter (fmt.Println(items...)).
const TypedSpreadHelper = "TypedSpread"

// typedSpread makes the spread slice of a printing call, a []any whose
// elements the interpreter keeps in its boxes (which fmt would print by
// their fields), __gogil.TypedSpread(xs, id, m...): the slice's
// description, from which the runner gives each element the Typed a
// value of the element's dynamic type gets.
func (l *typedLowering) typedSpread(call *ast.CallExpr, describe Describer) {
	last := len(call.Args) - 1
	if last < printedFrom(l.t, call) {
		return
	}
	arg := call.Args[last]
	tv, ok := l.t.Info.Types[arg]
	if !ok || tv.Type == nil || tv.IsType() {
		return
	}
	slice, ok := tv.Type.Underlying().(*types.Slice)
	if !ok || !types.IsInterface(slice.Elem()) {
		return
	}
	typed := l.typedArg(arg, tv.Type, describe).(*ast.CallExpr)
	typed.Fun.(*ast.SelectorExpr).Sel.Name = TypedSpreadHelper
	call.Args[last] = typed
}

// typedArg is __gogil.Typed(arg, id, func(v T) string { return v.M() }...).
func (l *typedLowering) typedArg(arg ast.Expr, t types.Type, describe Describer) ast.Expr {
	id, methods := describe(t, l.candidatesAt(arg.Pos()))
	args := []ast.Expr{arg, intAt(arg.Pos(), id)}
	for _, m := range methods {
		args = append(args, l.methodLit(arg, m))
	}
	return &ast.CallExpr{
		Fun:  &ast.SelectorExpr{X: &ast.Ident{NamePos: arg.Pos(), Name: RuntimeAlias}, Sel: ast.NewIdent("Typed")},
		Args: args,
	}
}

// FormatStateType is the runtime's name for fmt.State, the type of the
// state a Format method's function literal takes: the printing cell need
// not import fmt.
const FormatStateType = "State"

// methodLit is func(__v Recv) string { return __v.Name() }, or for a
// Format method func(__v Recv, __s State, __c rune) { __v.Format(__s, __c) }.
func (l *typedLowering) methodLit(arg ast.Expr, m Method) ast.Expr {
	v := ast.NewIdent("__v")
	if m.Name == "Format" {
		return &ast.FuncLit{
			Type: &ast.FuncType{Params: &ast.FieldList{List: []*ast.Field{
				{Names: []*ast.Ident{v}, Type: l.typeExpr(arg, m.Recv)},
				{Names: []*ast.Ident{ast.NewIdent("__s")}, Type: &ast.SelectorExpr{X: &ast.Ident{NamePos: arg.Pos(), Name: RuntimeAlias}, Sel: &ast.Ident{NamePos: arg.Pos(), Name: FormatStateType}}},
				{Names: []*ast.Ident{ast.NewIdent("__c")}, Type: ast.NewIdent("rune")},
			}}},
			Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ExprStmt{X: &ast.CallExpr{
				Fun:  &ast.SelectorExpr{X: ast.NewIdent("__v"), Sel: ast.NewIdent(l.f.methodName(l.t, m))},
				Args: []ast.Expr{ast.NewIdent("__s"), ast.NewIdent("__c")},
			}}}},
		}
	}
	return &ast.FuncLit{
		Type: &ast.FuncType{
			Params:  &ast.FieldList{List: []*ast.Field{{Names: []*ast.Ident{v}, Type: l.typeExpr(arg, m.Recv)}}},
			Results: &ast.FieldList{List: []*ast.Field{{Type: ast.NewIdent("string")}}},
		},
		Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ReturnStmt{Results: []ast.Expr{
			&ast.CallExpr{Fun: &ast.SelectorExpr{X: ast.NewIdent("__v"), Sel: ast.NewIdent(l.f.methodName(l.t, m))}},
		}}}},
	}
}

func intAt(pos token.Pos, n int) *ast.BasicLit {
	return &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: strconv.Itoa(n)}
}

// TypedIfaceHelper is the runner's Typed for an argument whose static type
// is a cell interface with methods.
const TypedIfaceHelper = "TypedIface"

// ifaceArg is __gogil.TypedIface(arg, "T", id, n, m..., "*T", id, n, m...)
// for an argument of a cell interface type with methods: the interpreter
// hands fmt the dynamic value by its reflect type, which does not name a
// cell type (F float64 prints as float64), and one reflect type may stand
// for several cell types, and for a plain float64 in an any. The dynamic
// type implements the interface, so it is one of the top-level cell types
// (T or *T) listed here with their descriptions, which the runner matches
// against the value's reflect type. nil leaves the argument as it is:
// where no cell type implements the interface, or where one the runner
// cannot match by name might (a generic type's instance, a type declared
// in a function body), or where the call cannot name a type whose String
// or Error method it must carry.
func (l *typedLowering) ifaceArg(arg ast.Expr, static types.Type, iface *types.Interface, describe Describer) ast.Expr {
	// In an empty interface the interpreter may hand fmt a value of a
	// cell type without its methods (a recovered value, an any returned
	// by a function): the types with a String or Error method are the
	// candidates, which fmt would print otherwise, and the types of basic
	// kinds with other methods (boxedBasic), which %T printed as their
	// underlying type.
	empty := iface.NumMethods() == 0
	scope := l.mainScope()
	if scope == nil {
		return nil
	}
	// A type declared in a function body is not registered: one the
	// runner would take for a candidate of its shape makes any answer a
	// guess.
	var local []types.Type
	for ident, obj := range l.t.Info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && inMain(tn) && tn.Parent() != scope && ident.Name != "_" && mayImplement(tn.Type(), iface) {
			local = append(local, tn.Type().Underlying())
		}
	}
	pos := arg.Pos()
	args := []ast.Expr{arg}
	var listed []listedType
	var genericFmt []string // generic types with fmt methods
	if empty && scopeHasTypes(scope) {
		// An any may hold an unnamed composite of interfaces ([]Shape,
		// map[string]error), which the interpreter fills with its boxes
		// (a nil one too, where the cells declared interfaces alone): the
		// description of the any itself, under the name "", lists the
		// candidates of each (candidatesAt), for the runner to walk it.
		entry, _ := l.ifaceEntry(arg, "", static, describe)
		args = append(args, entry...)
	}
	for _, name := range scope.Names() {
		obj, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || obj.IsAlias() {
			continue
		}
		named, ok := obj.Type().(*types.Named)
		if !ok {
			continue
		}
		if _, isIface := named.Underlying().(*types.Interface); isIface {
			continue
		}
		if named.TypeParams().Len() > 0 {
			// In an empty interface, an instance of a generic type
			// without fmt methods prints by its fields, and the runner
			// tells its registered reflect type (instancetypes.go) from
			// a candidate's: it need not keep the candidates' methods
			// from a value of theirs (a Card in a list.Element's Value
			// printed by its fields where the cell declared a MinHeap[T]).
			if !mayImplement(named, iface) {
				continue
			}
			if !empty {
				return nil
			}
			if hasFmtMethod(named) || hasFmtMethod(types.NewPointer(named)) {
				// Its instances' methods the call cannot name: the runner
				// ends the printing of one in an error (typedIface).
				genericFmt = append(genericFmt, name)
			}
			continue
		}
		for _, t := range []types.Type{named, types.NewPointer(named)} {
			if !types.Implements(t, iface) || empty && !hasFmtMethod(t) && !boxedBasic(t) {
				continue
			}
			for _, u := range local {
				if types.Identical(u, t.Underlying()) || types.Identical(types.NewPointer(u), t) {
					return nil
				}
			}
			label := name
			if _, star := t.(*types.Pointer); star {
				label = "*" + name
			}
			entry, n := l.ifaceEntry(arg, label, t, describe)
			if n > 0 {
				if inner := scope.Innermost(pos); inner != nil {
					if _, o := inner.LookupParent(name, pos); o != obj {
						return nil
					}
				}
			}
			args = append(args, entry...)
			listed = append(listed, listedType{label, t})
		}
	}
	for _, name := range genericFmt {
		args = append(args, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(GenericFmtMark + name)}, intAt(pos, -1), intAt(pos, 0))
	}
	// The runner unboxes the interpreter's own box of a value of a cell
	// type with methods in an empty interface, candidates or not.
	if len(args) == 1 && !(empty && declaresMethods(scope)) {
		return nil
	}
	call := &ast.CallExpr{
		Fun:  &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: RuntimeAlias}, Sel: ast.NewIdent(TypedIfaceHelper)},
		Args: args,
	}
	if !empty && sharesShape(listed) && pureExpr(l.t.Info, arg) {
		if switched := l.switchedIfaceArg(call, static, listed); switched != nil {
			return switched
		}
	}
	return call
}

// GenericFmtMark begins a TypedIface candidate naming a generic type with
// a fmt method, whose instances the printing call cannot print by it.
const GenericFmtMark = "!generic:"

// boxedBasic: t is a named type of a basic kind with methods, whose
// values the interpreter boxes in an interface (namedBasic leaves them
// to it) and hands over as plain numbers or strings where the box is
// lost (an any returned by a function): `type MyFloat float64` with an
// Abs method printed as float64 for %T, silently.
func boxedBasic(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	if _, basic := named.Underlying().(*types.Basic); !basic {
		return false
	}
	return types.NewMethodSet(types.NewPointer(named)).Len() > 0
}

// ifaceEntry is one candidate of TypedIface: label, the id of t's
// description, the number n of its methods and those n functions.
func (l *typedLowering) ifaceEntry(arg ast.Expr, label string, t types.Type, describe Describer) ([]ast.Expr, int) {
	pos := arg.Pos()
	id, methods := describe(t, l.candidatesAt(pos))
	entry := []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(label)}, intAt(pos, id), intAt(pos, len(methods))}
	for _, m := range methods {
		entry = append(entry, l.methodLit(arg, m))
	}
	return entry, len(methods)
}

// scopeHasTypes: scope has a type.
func scopeHasTypes(scope *types.Scope) bool {
	for _, name := range scope.Names() {
		if _, ok := scope.Lookup(name).(*types.TypeName); ok {
			return true
		}
	}
	return false
}

// declaresValueTypes: scope has a type that is not an interface.
func declaresValueTypes(scope *types.Scope) bool {
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() && !types.IsInterface(tn.Type()) {
			return true
		}
	}
	return false
}

// holdsCellValues: an interface inside t (not t itself, which ifaceArg
// sees to) may hold a value of a type the cells declared.
func (l *typedLowering) holdsCellValues(t types.Type) bool {
	if types.IsInterface(t) || !HoldsInterface(t, map[types.Type]bool{}) {
		return false
	}
	scope := l.mainScope()
	return scope != nil && declaresValueTypes(scope)
}

// HoldsInterface: t is, or is made of, an interface type, not looking
// through named types of packages other than main (which print their own
// way).
func HoldsInterface(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t := t.(type) {
	case *types.Alias:
		return HoldsInterface(types.Unalias(t), seen)
	case *types.Interface:
		return true
	case *types.Named:
		if types.IsInterface(t) {
			return true
		}
		return inMain(t.Obj()) && HoldsInterface(t.Underlying(), seen)
	case *types.Pointer:
		return HoldsInterface(t.Elem(), seen)
	case *types.Slice:
		return HoldsInterface(t.Elem(), seen)
	case *types.Array:
		return HoldsInterface(t.Elem(), seen)
	case *types.Map:
		return HoldsInterface(t.Key(), seen) || HoldsInterface(t.Elem(), seen)
	case *types.Struct:
		for i := range t.NumFields() {
			if HoldsInterface(t.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}

// candidatesAt lists, for an interface inside a value printed at pos, the
// top-level cell types implementing it, as ifaceArg does for an argument
// of an interface type, but all of them for an empty interface: a value of
// a type without methods needs its name (%#v) and the types of what it
// holds. A type the call cannot name (hidden by a local name) is left out
// and makes the list unknown, as does a generic type that may implement
// it; one whose shape a type declared in a function body has is marked
// shared (the runner cannot tell an unboxed value of the two apart).
func (l *typedLowering) candidatesAt(pos token.Pos) Candidates {
	scope := l.mainScope()
	if scope == nil {
		return func(*types.Interface) ([]Candidate, bool) { return nil, false }
	}
	var locals []types.Type
	for ident, obj := range l.t.Info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && inMain(tn) && tn.Parent() != scope && ident.Name != "_" {
			locals = append(locals, tn.Type())
		}
	}
	inner := scope.Innermost(pos)
	return func(iface *types.Interface) (list []Candidate, unknown bool) {
		for _, name := range scope.Names() {
			obj, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || obj.IsAlias() {
				continue
			}
			named, ok := obj.Type().(*types.Named)
			if !ok || types.IsInterface(named) {
				continue
			}
			if named.TypeParams().Len() > 0 {
				unknown = unknown || mayImplement(named, iface)
				continue
			}
			if inner != nil {
				if _, o := inner.LookupParent(name, pos); o != obj {
					unknown = true
					continue
				}
			}
			for _, t := range []types.Type{named, types.NewPointer(named)} {
				if !types.Implements(t, iface) {
					continue
				}
				c := Candidate{Name: name, Type: t}
				if _, star := t.(*types.Pointer); star {
					c.Name = "*" + name
				}
				for _, u := range locals {
					if mayImplement(u, iface) && (types.Identical(u.Underlying(), t.Underlying()) || types.Identical(types.NewPointer(u.Underlying()), t.Underlying())) {
						c.Local = true
					}
				}
				list = append(list, c)
			}
		}
		return list, unknown
	}
}

// declaresMethods: a type of scope that is not an interface has methods.
func declaresMethods(scope *types.Scope) bool {
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() {
			if named, ok := tn.Type().(*types.Named); ok && named.NumMethods() > 0 && !types.IsInterface(named) {
				return true
			}
		}
	}
	return false
}

func emptyInterface(t types.Type) bool {
	iface, ok := t.Underlying().(*types.Interface)
	return ok && iface.NumMethods() == 0
}

// libraryIface: t is a library's interface without a method fmt calls
// (io.Writer, sort.Interface). The interpreter hands native code a cell
// value in it through a wrapper that has that interface's methods alone,
// so fmt missed the value's String or Error (&{3} for a counter whose
// String says cnt3). error and fmt.Stringer carry theirs.
func libraryIface(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() == "main" {
		return false
	}
	iface, ok := n.Underlying().(*types.Interface)
	return ok && iface.NumMethods() > 0 && !hasFmtMethod(n)
}

// literalIface: t is an interface literal with methods
// (interface{ Area() int }): the interpreter hands fmt a cell value
// held in one without its methods, as in an empty interface, and fmt
// printed {1} where Go calls its String method.
func literalIface(t types.Type) bool {
	iface, ok := types.Unalias(t).(*types.Interface)
	return ok && iface.NumMethods() > 0
}

// bypassesFmtMethod: t is error or fmt.Stringer, a top-level cell type
// implements it, and call's format has a verb for which fmt prints the
// value itself rather than calling Error or String (%d, %#v, %f), or a
// format it cannot read. The interpreter's wrapper of the interface is no
// value fmt can print: %#v of an error holding E2{4, 5} printed 5,
// silently; Go prints main.E2{N:4, M:5}. In fmt.Errorf, whose %w must
// wrap the interpreter's value, only argument arg's own verb counts.
func (l *typedLowering) bypassesFmtMethod(call *ast.CallExpr, arg int, errorf bool, t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || inMain(n.Obj()) { // error's is nil
		return false
	}
	iface, ok := n.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 || !hasFmtMethod(n) {
		return false
	}
	verbs, known, printf := formatVerbs(l.t, call)
	if !printf {
		return false
	}
	if errorf {
		at := arg - printedFrom(l.t, call)
		if !known || at < 0 || at >= len(verbs) || !verbs[at].bypasses() {
			return false
		}
	} else if known && !slices.ContainsFunc(verbs, formatVerb.bypasses) {
		return false
	}
	scope := l.mainScope()
	if scope == nil {
		return false
	}
	for _, named := range concreteTypes(scope) {
		if types.Implements(named, iface) || types.Implements(types.NewPointer(named), iface) {
			return true
		}
	}
	return false
}

// formatVerbs reads the format of call, a Printf-like call: the verb of
// each argument in turn. known is false for a format that is not a
// constant or that indexes arguments or takes a width from one.
func formatVerbs(t *Types, call *ast.CallExpr) (verbs []formatVerb, known, printf bool) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	at := printedFrom(t, call) - 1
	if !ok || !strings.HasSuffix(sel.Sel.Name, "f") || at < 0 || at >= len(call.Args) {
		return nil, false, false
	}
	tv, ok := t.Info.Types[call.Args[at]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil, false, true
	}
	format := constant.StringVal(tv.Value)
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		sharp := false
		for i++; i < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[i]) >= 0; i++ {
			if format[i] == '*' || format[i] == '[' {
				return nil, false, true
			}
			sharp = sharp || format[i] == '#'
		}
		if i >= len(format) {
			break
		}
		if format[i] != '%' {
			verbs = append(verbs, formatVerb{format[i], sharp})
		}
	}
	return verbs, true, true
}

// A formatVerb is one verb of a format and whether it has the flag #.
type formatVerb struct {
	letter byte
	sharp  bool
}

// bypasses: fmt prints the value itself under v rather than call its
// Error or String method (any verb but %v, %s, %q, %x, %X, %T and %w,
// and %#v).
func (v formatVerb) bypasses() bool {
	switch v.letter {
	case 's', 'q', 'x', 'X', 'T', 'w':
		return false
	case 'v':
		return v.sharp
	}
	return true
}

// losesFmtMethod: t is error or fmt.Stringer (a library interface with a
// method fmt calls) and a top-level cell type implementing it has a
// method fmt would call first that t lacks: Format, GoString, or Error in
// a Stringer. The interpreter's wrapper of such an interface has its
// methods alone, so fmt called Error where Go calls Format (%+v of an
// error with a stack printed the message alone, silently). fmt.Errorf's
// arguments keep the interpreter's value, which %w must wrap whole.
func (l *typedLowering) losesFmtMethod(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || inMain(n.Obj()) { // error's is nil
		return false
	}
	iface, ok := n.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 || !hasFmtMethod(n) {
		return false
	}
	scope := l.mainScope()
	if scope == nil {
		return false
	}
	for _, named := range concreteTypes(scope) {
		for _, c := range []types.Type{named, types.NewPointer(named)} {
			if !types.Implements(c, iface) {
				continue
			}
			if HasFmtMethod(c, "Format") || HasFmtMethod(c, "GoString") || HasFmtMethod(c, "Error") && !HasFmtMethod(n, "Error") {
				return true
			}
		}
	}
	return false
}

// hasFmtMethod: t's method set has a method fmt calls (Format, GoString,
// Error or String).
func hasFmtMethod(t types.Type) bool {
	for _, name := range []string{"Format", "GoString", "Error", "String"} {
		if HasFmtMethod(t, name) {
			return true
		}
	}
	return false
}

// HasFmtMethod: t's method set has the method name with the signature fmt
// calls it by: Format(fmt.State, rune), or name() string.
func HasFmtMethod(t types.Type, name string) bool {
	sel := types.NewMethodSet(t).Lookup(nil, name)
	if sel == nil {
		return false
	}
	sig, ok := sel.Type().(*types.Signature)
	if !ok {
		return false
	}
	if name == "Format" {
		if sig.Params().Len() != 2 || sig.Results().Len() != 0 || !types.Identical(sig.Params().At(1).Type(), types.Typ[types.Rune]) {
			return false
		}
		n, ok := sig.Params().At(0).Type().(*types.Named)
		return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "fmt" && n.Obj().Name() == "State"
	}
	return sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String])
}

// mayImplement: t or *t has a method of each name of iface (signatures
// aside, which a generic type's own do not settle).
func mayImplement(t types.Type, iface *types.Interface) bool {
	set := types.NewMethodSet(types.NewPointer(t))
	for i := range iface.NumMethods() {
		if set.Lookup(iface.Method(i).Pkg(), iface.Method(i).Name()) == nil {
			return false
		}
	}
	return true
}

// PrintsByStaticType: fmt would print a value of t wrongly from its reflect
// type alone: t holds a cell type, or is a named type of package iter,
// which the interpreter gives its underlying func type.
func PrintsByStaticType(t types.Type) bool {
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "iter" {
		return true
	}
	return HoldsCellType(t, map[types.Type]bool{}) || signatureHoldsCellType(t)
}

// signatureHoldsCellType: t is a function or channel type made of a cell
// type, which reflect names by the interpreter's struct (%T printed
// func(struct { X float64 }) for func(main.Point)).
func signatureHoldsCellType(t types.Type) bool {
	switch t := t.(type) {
	case *types.Chan:
		return HoldsCellType(t.Elem(), map[types.Type]bool{}) || signatureHoldsCellType(t.Elem())
	case *types.Signature:
		for _, tuple := range []*types.Tuple{t.Params(), t.Results()} {
			for i := range tuple.Len() {
				if PrintsByStaticType(tuple.At(i).Type()) {
					return true
				}
			}
		}
	}
	return false
}

// HoldsCellType: t is, or is made of, a type the cells declared (one of
// package main), not looking through other named types.
func HoldsCellType(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t := t.(type) {
	case *types.Named:
		return inMain(t.Obj())
	case *types.Pointer:
		return HoldsCellType(t.Elem(), seen)
	case *types.Slice:
		return HoldsCellType(t.Elem(), seen)
	case *types.Array:
		return HoldsCellType(t.Elem(), seen)
	case *types.Map:
		return HoldsCellType(t.Key(), seen) || HoldsCellType(t.Elem(), seen)
	case *types.Struct:
		for i := range t.NumFields() {
			if HoldsCellType(t.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}

// refusedErrorFuncs compare a cell's error value inside a chain: the
// interpreter hands them a copy of a cell value that has lost its fields
// (an _error wrapper holding one field's value), so they would answer
// false where Go answers true. The pass refuses them rather than answer,
// except errors.As with a target of a top-level cell type, which it
// lowers to __gogil.ErrorsAs(err, target, "T" or "*T"): the runner walks
// the chain and names each cell value by its methods' receiver.
var refusedErrorFuncs = map[string]bool{"errors.Is": true, "errors.As": true}

// ErrorsAsHelper is the runner's errors.As for a target of a cell type.
const ErrorsAsHelper = "ErrorsAs"

// ErrorsIsHelper is the runner's errors.Is for a chain that may hold
// values of cell types with Unwrap or Is methods, or a cell value target.
const ErrorsIsHelper = "ErrorsIs"

// mainScope is the scope of the cells' package, nil if the part uses and
// defines nothing of it.
func (l *typedLowering) mainScope() *types.Scope {
	// Uses also name objects of earlier cells' packages, each its own
	// "main", whose scopes lack this cell's types; a map's order picked
	// one of them at random. The checked package is the one whose scope
	// holds the cell's own scopes, or its definitions.
	for _, sc := range l.t.Info.Scopes {
		for ; sc != nil && sc.Parent() != nil; sc = sc.Parent() {
			if sc.Parent() == types.Universe {
				return sc
			}
		}
	}
	var fallback *types.Scope
	for _, m := range []map[*ast.Ident]types.Object{l.t.Info.Defs, l.t.Info.Uses} {
		for _, obj := range m {
			if obj != nil && inMain(obj) {
				if m := obj.Pkg().Scope(); obj.Parent() == m {
					return m
				} else if fallback == nil {
					fallback = m
				}
			}
		}
	}
	return fallback
}

func (l *typedLowering) refuseErrorCall(call *ast.CallExpr) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) != 2 {
		return
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok {
		return
	}
	name, ok := l.t.Info.Uses[pkg].(*types.PkgName)
	if !ok || !refusedErrorFuncs[name.Imported().Path()+"."+sel.Sel.Name] {
		return
	}
	tv, ok := l.t.Info.Types[call.Args[1]]
	if !ok || tv.Type == nil || call.Ellipsis.IsValid() {
		return
	}
	if sel.Sel.Name == "As" {
		if scope := l.mainScope(); scope != nil && l.refusedInterfaceTarget(tv.Type, scope) && l.lowerInterfaceAs(call, tv.Type, scope) {
			return
		}
		// The error that names the cell type implementing the target
		// first, then the one for any interface written in a cell.
		if scope := l.mainScope(); scope != nil {
			if l.refuseInterfaceTarget(call, tv.Type, scope); l.err != nil {
				return
			}
		}
		if p, ok := tv.Type.(*types.Pointer); ok {
			if iface, ok := p.Elem().Underlying().(*types.Interface); ok && !onlyErrorMethod(iface) && (!isNamed(p.Elem()) || HoldsCellType(p.Elem(), map[types.Type]bool{})) {
				l.fail(call, "errors.As with a target of an interface type written in a cell (%s) is not supported by gogil: the interpreter makes its own value for such an interface, which errors.As cannot match with a library error; use a target of a library type (an interface such as net.Error, or the concrete error type such as *url.Error)",
					types.TypeString(p.Elem(), func(p *types.Package) string { return p.Name() }))
				return
			}
		}
	}
	holds := HoldsCellType(tv.Type, map[types.Type]bool{})
	scope := l.mainScope()
	lower := func(helper string, extra ...ast.Expr) {
		call.Fun = &ast.SelectorExpr{X: &ast.Ident{NamePos: sel.Pos(), Name: RuntimeAlias}, Sel: &ast.Ident{NamePos: sel.Sel.Pos(), Name: helper}}
		call.Args = append(append(call.Args, extra...), chainMethods(scope, sel.Sel.Name, call.Rparen)...)
	}
	if sel.Sel.Name == "As" && !holds && scope != nil {
		if l.refuseInterfaceTarget(call, tv.Type, scope); l.err != nil {
			return
		}
	}
	switch {
	case scope == nil:
	case sel.Sel.Name == "Is" && (holds || len(chainMethods(scope, "Is", call.Rparen)) > 0):
		if _, isIface := tv.Type.Underlying().(*types.Interface); !holds || !isIface {
			l.lowerErrorsIs(call, scope)
			return
		}
	case sel.Sel.Name == "As" && holds:
		if target, ok := asTargetName(tv.Type); ok {
			lower(ErrorsAsHelper, &ast.BasicLit{ValuePos: call.Rparen, Kind: token.STRING, Value: strconv.Quote(target)})
			return
		}
	case sel.Sel.Name == "As" && len(chainMethods(scope, "As", call.Rparen)) > 0:
		// A native target, in a chain that may pass through cell values.
		lower(ErrorsAsHelper, &ast.BasicLit{ValuePos: call.Rparen, Kind: token.STRING, Value: `""`})
		return
	}
	if !holds {
		return
	}
	l.fail(call, "errors.%s with an error type declared in a cell (%s) is not supported by gogil: the interpreter hands errors.%s a copy of the value without its fields; compare the unwrapped error with == (errors.Unwrap) or use a type switch", sel.Sel.Name, types.TypeString(tv.Type, func(p *types.Package) string { return p.Name() }), sel.Sel.Name)
}

// lowerErrorsIs writes errors.Is(err, target) as
//
//	func(__gogil_ise, __gogil_ist error) bool {
//		return __gogil.ErrorsIs(__gogil_ise, __gogil_ist, chain methods...)
//	}(err, target)
//
// whose cell Is methods get __gogil_ist, the interpreter's own value of
// the target: one handed to the runner and back reaches the method as
// the interpreter's wrapper, which its assertion to the cell's type
// (target.(StatusError)) would miss.
func (l *typedLowering) lowerErrorsIs(call *ast.CallExpr, scope *types.Scope) {
	pos := call.Rparen
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	args := append([]ast.Expr{id("__gogil_ise"), id("__gogil_ist")}, chainMethodsFor(scope, "Is", pos, "__gogil_ist")...)
	helper := &ast.CallExpr{Fun: &ast.SelectorExpr{X: id(RuntimeAlias), Sel: id(ErrorsIsHelper)}, Lparen: pos, Args: args, Rparen: pos}
	call.Fun = &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{List: []*ast.Field{{Names: []*ast.Ident{id("__gogil_ise"), id("__gogil_ist")}, Type: id("error")}}},
			Results: &ast.FieldList{List: []*ast.Field{{Type: id("bool")}}},
		},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{helper}}}, Rbrace: pos},
	}
}

func isNamed(t types.Type) bool {
	_, ok := t.(*types.Named)
	return ok
}

// onlyErrorMethod: iface has no methods, or Error alone, which the
// interpreter gives native code as the library's own interface.
func onlyErrorMethod(iface *types.Interface) bool {
	return iface.NumMethods() == 0 || iface.NumMethods() == 1 && iface.Method(0).Name() == "Error"
}

// asTargetName is "T" or "*T" for an errors.As target of type *T or **T,
// T a type a cell declared at its top level and the target's element an
// error (errors.As panics on any other).
func asTargetName(t types.Type) (string, bool) {
	p, ok := t.(*types.Pointer)
	if !ok {
		return "", false
	}
	elem := p.Elem()
	if _, isIface := elem.Underlying().(*types.Interface); isIface {
		return "", false
	}
	errType := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	if !types.Implements(elem, errType) {
		return "", false
	}
	star := ""
	if q, ok := elem.(*types.Pointer); ok {
		star, elem = "*", q.Elem()
	}
	named, ok := elem.(*types.Named)
	if !ok || named.TypeArgs().Len() > 0 {
		return "", false
	}
	obj := named.Obj()
	if !inMain(obj) || obj.Parent() != obj.Pkg().Scope() {
		return "", false
	}
	return star + obj.Name(), true
}

// chainMethods are the trailing arguments of ErrorsAs and ErrorsIs: for
// each top-level cell type T and *T whose method set has the method
// marker (As, Is(error) bool), its name and nil, except that an Is the
// call can name gives its name and a function calling it, followed by
// the pair for its Unwrap below; else, if it has an Unwrap method, its
// name and a function calling it on a value the runner found in the chain;
// else its name and false (the runner refuses a name it was not given);
// true where a local name hides the type at the call.
func chainMethods(scope *types.Scope, marker string, pos token.Pos) []ast.Expr {
	return chainMethodsFor(scope, marker, pos, "")
}

// chainMethodsFor is chainMethods; with isTarget, the name of a variable
// of the interpreted code holding errors.Is's target, an Is method the
// call can name is called by func(__v any) bool { return
// __v.(T).Is(isTarget) }, on the interpreter's own value of the target,
// which a cell target keeps its type in.
func chainMethodsFor(scope *types.Scope, marker string, pos token.Pos, isTarget string) []ast.Expr {
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	var args []ast.Expr
	for _, named := range concreteTypes(scope) {
		name := named.Obj().Name()
		for _, star := range []bool{false, true} {
			var t types.Type = named
			var texpr ast.Expr = id(name)
			label := name
			if star {
				t, texpr, label = types.NewPointer(named), &ast.StarExpr{Star: pos, X: id(name)}, "*"+name
			}
			mset := types.NewMethodSet(t)
			lit := &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(label)}
			hidden := false
			if inner := scope.Innermost(pos); inner != nil {
				// A local name hiding the type leaves the call no way to
				// name it to call its methods.
				_, o := inner.LookupParent(name, pos)
				hidden = o != named.Obj()
			}
			// errors.Is calls only an Is(error) bool; another Is is no hook.
			if mset.Lookup(nil, marker) != nil && (marker != "Is" || isMethod(mset)) {
				if marker != "Is" || hidden {
					args = append(args, lit, id("nil"))
					continue
				}
				// The runner calls the cell's Is with a target it holds
				// natively; its Unwrap, if any, follows as a pair of its own.
				if isTarget != "" {
					args = append(args, lit, boundIsCaller(pos, texpr, isTarget))
				} else {
					args = append(args, lit, isCaller(pos, texpr))
				}
			}
			if mset.Lookup(nil, "Unwrap") == nil {
				args = append(args, lit, id("false"))
				continue
			}
			if hidden {
				args = append(args, lit, id("true"))
				continue
			}
			v := id("__v")
			args = append(args, lit, &ast.FuncLit{
				Type: &ast.FuncType{Func: pos,
					Params:  &ast.FieldList{List: []*ast.Field{{Names: []*ast.Ident{v}, Type: id("any")}}},
					Results: &ast.FieldList{List: []*ast.Field{{Type: id("any")}}},
				},
				Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{
					&ast.CallExpr{Fun: &ast.SelectorExpr{X: &ast.TypeAssertExpr{X: id("__v"), Type: texpr}, Sel: id("Unwrap")}, Rparen: pos},
				}}}},
			})
		}
	}
	return args
}

// isMethod reports whether mset's Is method is Go's errors.Is hook,
// Is(error) bool, the only one errors.Is calls.
func isMethod(mset *types.MethodSet) bool {
	sig, ok := mset.Lookup(nil, "Is").Type().(*types.Signature)
	if !ok || sig.Params().Len() != 1 || sig.Results().Len() != 1 || sig.Variadic() {
		return false
	}
	errorType := types.Universe.Lookup("error").Type()
	return types.Identical(sig.Params().At(0).Type(), errorType) &&
		types.Identical(sig.Results().At(0).Type(), types.Typ[types.Bool])
}

// boundIsCaller is func(__v any) bool { return __v.(T).Is(target) }.
func boundIsCaller(pos token.Pos, texpr ast.Expr, target string) *ast.FuncLit {
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	return &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{List: []*ast.Field{{Names: []*ast.Ident{id("__v")}, Type: id("any")}}},
			Results: &ast.FieldList{List: []*ast.Field{{Type: id("bool")}}},
		},
		Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{
			&ast.CallExpr{Fun: &ast.SelectorExpr{X: &ast.TypeAssertExpr{X: id("__v"), Type: texpr}, Sel: id("Is")},
				Args: []ast.Expr{id(target)}, Rparen: pos},
		}}}},
	}
}

// isCaller is func(__v any, __t error) bool { return __v.(T).Is(__t) }.
func isCaller(pos token.Pos, texpr ast.Expr) *ast.FuncLit {
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	return &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params: &ast.FieldList{List: []*ast.Field{
				{Names: []*ast.Ident{id("__v")}, Type: id("any")},
				{Names: []*ast.Ident{id("__t")}, Type: id("error")},
			}},
			Results: &ast.FieldList{List: []*ast.Field{{Type: id("bool")}}},
		},
		Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{
			&ast.CallExpr{Fun: &ast.SelectorExpr{X: &ast.TypeAssertExpr{X: id("__v"), Type: texpr}, Sel: id("Is")},
				Args: []ast.Expr{id("__t")}, Rparen: pos},
		}}}},
	}
}

// refuseInterfaceTarget refuses errors.As to an interface a cell type
// implements (var t interface{ Temporary() bool }; errors.As(err, &t)):
// native errors.As sees a cell value in the chain only through the
// interpreter's wrapper of the error interface, which has none of its other
// methods, so it answered false, silently.
func (l *typedLowering) refuseInterfaceTarget(call *ast.CallExpr, target types.Type, scope *types.Scope) {
	// A native interface no cell type implements is native errors.As's.
	p, ok := target.(*types.Pointer)
	if !ok {
		return
	}
	iface, ok := p.Elem().Underlying().(*types.Interface)
	errorType := types.Universe.Lookup("error").Type()
	if !ok || iface.NumMethods() == 0 || types.Identical(p.Elem(), errorType) {
		return
	}
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || types.IsInterface(tn.Type()) {
			continue
		}
		implementer := name
		if !types.Implements(tn.Type(), iface) {
			implementer = "*" + name
		}
		if types.Implements(types.NewPointer(tn.Type()), iface) {
			l.fail(call, "errors.As to the interface %s, which the cell type %s implements, is not supported by gogil: the interpreter hands errors.As cell values without their methods, so it would not find them; use errors.As to the cell type itself (var t %s) or a type switch on the unwrapped errors",
				types.TypeString(p.Elem(), func(p *types.Package) string { return p.Name() }), implementer, implementer)
			return
		}
	}
}

// concreteTypes are the types scope declares that values can have: no
// alias, no generic type, no interface.
func concreteTypes(scope *types.Scope) []*types.Named {
	var out []*types.Named
	for _, name := range scope.Names() {
		obj, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || obj.IsAlias() {
			continue
		}
		named, ok := obj.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 || types.IsInterface(named) {
			continue
		}
		out = append(out, named)
	}
	return out
}
