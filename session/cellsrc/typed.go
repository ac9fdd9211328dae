package cellsrc

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// genericFuncs are the functions of the generic packages that gogil runs:
// each call becomes a call of the runner's helper named by its package and
// function ("slices.Sort" -> __gogil.SlicesSort), found once go/types has
// inferred the instantiation. The runner's type world declares the same
// list (celltypes' stubs; a test keeps them equal).
var genericFuncs = []string{
	"cmp.Compare", "cmp.Less", "cmp.Or",
	"slices.Sort", "slices.SortFunc", "slices.SortStableFunc", "slices.IsSorted",
	"slices.Contains", "slices.ContainsFunc", "slices.Index", "slices.IndexFunc",
	"slices.Max", "slices.Min", "slices.MaxFunc", "slices.MinFunc", "slices.Reverse", "slices.Equal", "slices.Compare",
	"slices.Clone", "slices.Compact", "slices.Insert", "slices.Delete", "slices.BinarySearch",
	"slices.Collect", "slices.Sorted", "slices.Values", "slices.All", "slices.Backward", "slices.Chunk",
	"maps.Keys", "maps.Values", "maps.All", "maps.Collect", "maps.Equal", "maps.Clone", "maps.Copy", "maps.DeleteFunc",
	"slices.DeleteFunc", "slices.Concat", "slices.EqualFunc", "slices.IsSortedFunc", "slices.BinarySearchFunc",
	"slices.CompactFunc", "slices.SortedFunc", "slices.SortedStableFunc", "slices.CompareFunc", "slices.Repeat", "slices.Replace", "slices.Grow", "slices.Clip",
	"maps.EqualFunc", "maps.Insert", "slices.AppendSeq", "iter.Pull", "iter.Pull2",
	// The generic functions of packages that are not all generic
	// (stdlibgeneric.go).
	"errors.AsType", "sync.OnceValue", "sync.OnceValues", "math/rand/v2.N", "reflect.TypeFor",
}

// GenericFuncs lists the generic library functions gogil runs, as
// "package.Function".
func GenericFuncs() []string { return append([]string(nil), genericFuncs...) }

// genericPackages are the packages whose every function is generic: a
// function of theirs not in genericFuncs cannot run.
var genericPackages = map[string]bool{"slices": true, "maps": true, "cmp": true, "iter": true}

// helperName names the helper of a package's function by the package's
// name: "math/rand/v2.N" -> RandN.
func helperName(qualified string) string {
	name := helperPackageName(qualified)
	return strings.ToUpper(name[:1]) + strings.Replace(name[1:], ".", "", 1)
}

// helperPackageName is qualified with the package's usual name:
// "math/rand/v2.N" -> "rand.N".
func helperPackageName(qualified string) string {
	dot := strings.LastIndex(qualified, ".")
	pkg, fn := qualified[:dot], qualified[dot+1:]
	parts := strings.Split(pkg, "/")
	name := parts[len(parts)-1]
	if len(parts) > 1 && len(name) > 1 && name[0] == 'v' && strings.Trim(name[1:], "0123456789") == "" {
		name = parts[len(parts)-2]
	}
	return name + "." + fn
}

// typedHelpers are the runner's helpers the typed lowering calls.
func typedHelpers() []string {
	names := []string{"Min", "Max", "Clear", "SlicesInsertSlice", "RandNUint"}
	for _, q := range genericFuncs {
		if q == "errors.AsType" {
			continue // lowered to errors.As (planAsType)
		}
		names = append(names, helperName(q))
	}
	return names
}

// needsTypes is the cheap syntactic test that keeps go/types away from
// most cells: a call of min, max, clear or new, a selector on a generic
// package by its usual name, or a range with no value variable (which may
// be over a function).
func needsTypes(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok {
				switch id.Name {
				case "min", "max", "clear":
					found = true
				case "new":
					found = found || len(n.Args) == 1 && !obviousType(n.Args[0])
				}
			}
		case *ast.SelectorExpr:
			if id, ok := n.X.(*ast.Ident); ok && (genericPackages[id.Name] || stdlibGenericByName[id.Name+"."+n.Sel.Name] || id.Name == "unsafe") || namesAtomicPointer(n) {
				found = true
			}
		case *ast.RangeStmt:
			// Any range may be over a function (Go 1.23) but one over a
			// literal; the range pass type-checks those with no value
			// variable anyway.
			found = found || !obviousType(n.X) && !isLiteral(n.X)
		}
		// Inspect goes on to the siblings of a node whose children it
		// skips: found must never turn false again.
		return !found
	})
	return found
}

// obviousType: x is a type by its syntax alone (new(T) is Go's new).
func obviousType(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.FuncType, *ast.StructType, *ast.InterfaceType:
		return true
	case *ast.Ident:
		return types.Universe.Lookup(x.Name) != nil && types.Universe.Lookup(x.Name).Type() != nil &&
			isTypeName(types.Universe.Lookup(x.Name))
	}
	return false
}

// isLiteral: x is a composite or basic literal, never a function.
func isLiteral(x ast.Expr) bool {
	switch x.(type) {
	case *ast.CompositeLit, *ast.BasicLit:
		return true
	}
	return false
}

func isTypeName(o types.Object) bool { _, ok := o.(*types.TypeName); return ok }

// types type-checks the part once per lowering, against the runner's world
// (nil when the runner gave no checker or it could not check).
func (f *File) types(opts Options) *Types {
	if !f.typed {
		f.typed = true
		if opts.Types != nil {
			f.typeInfo = opts.Types(f.AST)
		}
	}
	return f.typeInfo
}

// lowerTyped rewrites the calls go/types has typed: min and max into
// __gogil.Min(a, b).(T) (or the constant they make), clear(x) into
// __gogil.Clear(x), new(v) into &[]T{v}[0], and a generic library call
// into its helper, asserting a result whose type is a type parameter; a
// use of a cell's generic function gets its type arguments written out
// (instantiate.go). It refuses what it cannot run with an error naming
// it, never a guess.
func lowerTyped(f *File, opts Options) *cellio.Error {
	generics := callsCellGeneric(f.AST, opts.Generic) || nestsInstances(f.AST)
	if !generics && !needsTypes(f.AST) && !(opts.AtomicPointers && mayUseAtomicPointer(f.AST)) {
		return nil
	}
	t := f.types(opts)
	l := &typedLowering{f: f, t: t, plans: map[*ast.CallExpr]func(*ast.CallExpr) ast.Expr{}, atomicPointers: opts.AtomicPointers}
	ast.Inspect(f.AST, l.plan)
	if l.err != nil {
		return l.err
	}
	var instances map[ast.Expr]ast.Expr
	if generics {
		instances = l.planInstances()
		if instances == nil {
			instances = map[ast.Expr]ast.Expr{}
		}
		l.planFuncValues(instances)
	}
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		if inst, ok := instances[x]; ok {
			return inst
		}
		if t := l.atomicPointerType(x); t != nil {
			return t
		}
		if call, ok := x.(*ast.CallExpr); ok {
			if p := l.plans[call]; p != nil {
				out := p(call)
				// The passes after this one (the printing pass) look
				// the value's type up by its node.
				if t != nil && t.Info != nil {
					if tv, ok := t.Info.Types[call]; ok {
						t.Info.Types[out] = tv
					}
				}
				return out
			}
		}
		return x
	})
	if generics {
		l.wrapGenericCalls()
		l.lowerGenericDefines()
	}
	l.lowerRangeFuncs()
	return l.err
}

type typedLowering struct {
	f     *File
	t     *Types
	plans map[*ast.CallExpr]func(*ast.CallExpr) ast.Expr
	err   *cellio.Error

	rangeFuncs     map[*ast.RangeStmt]*rangeFuncLoop // see rangefunc.go
	rangeFuncCount int
	aliases        int                        // see instanceAliases in instantiate.go
	aliasPrefix    string                     // instanceAliases' names, when not __gogil_inst
	reflectFields  bool                       // see guardInterfaceReflects in reflectiface.go
	reflectReads   map[*ast.Ident]bool        // see assignedUse in reflectiface.go
	boxedLocals    *[]*types.TypeName         // see localTypesInInterfaces, once per part
	atomicCalls    map[*ast.SelectorExpr]bool // see atomicpointer.go
	atomicPointers bool                       // Options.AtomicPointers
}

func (l *typedLowering) fail(at ast.Node, format string, args ...any) {
	if l.err != nil {
		return
	}
	l.err = l.f.compileError(at, format, args...)
}

// typedLowering is the lowering of a part that its passes type with
// go/types, or nil when the part could not be checked (the pass then
// leaves it as it is).
func (f *File) typedLowering(opts Options) *typedLowering {
	t := f.types(opts)
	if t == nil || t.Info == nil {
		return nil
	}
	return &typedLowering{f: f, t: t}
}

func (l *typedLowering) info() *types.Info {
	if l.t == nil {
		return nil
	}
	return l.t.Info
}

func (l *typedLowering) plan(n ast.Node) bool {
	if l.err != nil {
		return false
	}
	switch n := n.(type) {
	case *ast.RangeStmt:
		if info := l.info(); info != nil {
			if tv, ok := info.Types[n.X]; ok && tv.Type != nil {
				if sig, isFunc := tv.Type.Underlying().(*types.Signature); isFunc {
					l.planRangeFunc(n, sig)
				}
			}
		}
	case *ast.CallExpr:
		l.planCall(n)
		if l.atomicPointers {
			l.refuseAtomicPointerPrint(n)
		}
	case *ast.SelectorExpr:
		l.refuseUnsafe(n)
		l.refuseAtomicPointerValue(n)
	case *ast.Field:
		l.refuseEmbeddedAtomicPointer(n)
	}
	return true
}

func (l *typedLowering) planCall(call *ast.CallExpr) {
	info := l.info()
	fun := ast.Unparen(call.Fun)
	if id, ok := fun.(*ast.Ident); ok {
		switch id.Name {
		case "min", "max", "clear", "new":
		default:
			return
		}
		if info == nil {
			if id.Name == "new" {
				l.fail(call, "new with a value (Go 1.26) needs the value's type, which gogil could not work out here; write v := value; p := &v")
			}
			return // undefined in the interpreter: the runner's error names it
		}
		if _, builtin := info.Uses[id].(*types.Builtin); !builtin {
			return // the cell's own min, say
		}
		l.planBuiltin(id.Name, call)
		return
	}
	if ix, ok := fun.(*ast.IndexExpr); ok {
		fun = ix.X
	} else if ix, ok := fun.(*ast.IndexListExpr); ok {
		fun = ix.X
	}
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok {
		return
	}
	if l.planAtomicPointerCall(call, sel) {
		return
	}
	pkgID, ok := sel.X.(*ast.Ident)
	if !ok {
		return
	}
	var pkgPath string
	if info != nil {
		pn, isPkg := info.Uses[pkgID].(*types.PkgName)
		if !isPkg {
			return
		}
		pkgPath = pn.Imported().Path()
	} else {
		pkgPath = pkgID.Name
	}
	if pkgPath == "unsafe" {
		l.planUnsafe(call, sel)
		return
	}
	qualified := pkgPath + "." + sel.Sel.Name
	if !genericPackages[pkgPath] && !supported(qualified) {
		return
	}
	if info != nil && info.Types[call.Fun].IsType() {
		// A conversion (iter.Seq[int](f)), not a call: the iterator
		// types' pass writes iter's types out as the function types they
		// stand for; the interpreter names any other one it lacks.
		return
	}
	if !supported(qualified) {
		l.fail(call, "%s is not supported by gogil: the interpreter cannot call generic functions, and gogil runs only these of slices, maps and cmp: %s", qualified, strings.Join(genericFuncs, ", "))
		return
	}
	if info == nil {
		l.fail(call, "%s: gogil could not type-check this cell to find the instantiation of this generic function", qualified)
		return
	}
	tv, ok := info.Types[call.Fun]
	sig, isSig := tv.Type.(*types.Signature)
	if !ok || !isSig {
		l.fail(call, "%s: gogil could not work out the types of this call%s", qualified, l.firstError())
		return
	}
	generic := info.Uses[sel.Sel].Type().(*types.Signature)
	helper := helperName(qualified)
	spread := call.Ellipsis.IsValid()
	if spread {
		if qualified != "slices.Insert" {
			l.fail(call, "%s with a spread argument (x...) is not supported by gogil; pass the values one by one", qualified)
			return
		}
		helper = "SlicesInsertSlice"
	}
	if special := stdlibGeneric[qualified]; special != nil {
		l.planStdlibGeneric(call, sel, qualified, helper, sig, special)
		return
	}
	var result ast.Expr
	if generic.Results().Len() == 1 && mentionsTypeParam(generic.Results().At(0).Type()) {
		rt := sig.Results().At(0).Type()
		if isIterSeq(rt) {
			// The interpreter has no package iter: the helper's iterator
			// is a func of iter.Seq's structure.
			rt = rt.Underlying()
		}
		result = l.typeExpr(call, rt)
	}
	if generic.Results().Len() > 1 && mentionsTypeParam(generic.Results().At(0).Type()) {
		// The interpreter cannot take several results of types known only
		// here from a native call: the helper returns a func of them,
		// asserted to its instantiation and called at once (iter.Pull).
		results := &ast.FieldList{}
		for i := range sig.Results().Len() {
			results.List = append(results.List, &ast.Field{Type: l.typeExpr(call, sig.Results().At(i).Type())})
		}
		pair := &ast.FuncType{Func: call.Pos(), Params: &ast.FieldList{}, Results: results}
		convs := l.constantConversions(call, sig, spread)
		// func(f func() (A, B)) (A, B) { return f() }(helper(...).(func() (A, B))):
		// yaegi calls the result of an assertion as a nil function.
		const f = "__gogilPair"
		caller := &ast.FuncLit{
			Type: &ast.FuncType{Func: call.Pos(),
				Params:  &ast.FieldList{List: []*ast.Field{{Names: []*ast.Ident{ast.NewIdent(f)}, Type: pair}}},
				Results: results},
			Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ReturnStmt{Results: []ast.Expr{&ast.CallExpr{Fun: ast.NewIdent(f)}}}}},
		}
		l.plans[call] = func(c *ast.CallExpr) ast.Expr {
			return &ast.CallExpr{Fun: caller, Lparen: c.Lparen, Args: []ast.Expr{l.helperCall(c, helper, convs, pair)}, Rparen: c.Rparen}
		}
		return
	}
	if qualified == "slices.Concat" && len(call.Args) == 0 {
		// Go's Concat of nothing is a nil S; the helper, given no
		// slice, would not know S.
		l.plans[call] = func(c *ast.CallExpr) ast.Expr {
			return &ast.CallExpr{Fun: &ast.ParenExpr{X: result}, Lparen: c.Lparen, Args: []ast.Expr{ast.NewIdent("nil")}, Rparen: c.Rparen}
		}
		return
	}
	if qualified == "cmp.Or" && len(call.Args) == 0 {
		// Go's Or of nothing is T's zero value; the helper, given
		// nothing, would not know T.
		l.plans[call] = func(c *ast.CallExpr) ast.Expr {
			return &ast.StarExpr{Star: c.Pos(), X: &ast.CallExpr{Fun: ast.NewIdent("new"), Lparen: c.Lparen, Args: []ast.Expr{result}, Rparen: c.Rparen}}
		}
		return
	}
	convs := l.constantConversions(call, sig, spread)
	if l.err != nil {
		return
	}
	l.plans[call] = func(c *ast.CallExpr) ast.Expr {
		return l.helperCall(c, helper, convs, result)
	}
}

// constantConversions gives each constant or nil argument the type of its
// parameter: as an interface value an untyped 2 would arrive as an int.
func (l *typedLowering) constantConversions(call *ast.CallExpr, sig *types.Signature, spread bool) map[int]ast.Expr {
	convs := map[int]ast.Expr{}
	params := sig.Params()
	for i, arg := range call.Args {
		tv := l.t.Info.Types[arg]
		if tv.Value == nil && !tv.IsNil() || params.Len() == 0 {
			continue
		}
		var pt types.Type
		switch {
		case i < params.Len()-1 || !sig.Variadic():
			if i >= params.Len() {
				continue
			}
			pt = params.At(i).Type()
		case spread:
			continue
		default:
			pt = params.At(params.Len() - 1).Type().(*types.Slice).Elem()
		}
		if _, isIface := pt.Underlying().(*types.Interface); isIface {
			continue
		}
		if tv.IsNil() {
			// An untyped nil would arrive as no value at all, its
			// type lost; (T)(nil) keeps a func or chan type whole.
			convs[i] = &ast.ParenExpr{X: l.typeExpr(arg, pt)}
			continue
		}
		convs[i] = l.typeExpr(arg, pt)
	}
	return convs
}

func (l *typedLowering) helperCall(c *ast.CallExpr, helper string, convs map[int]ast.Expr, result ast.Expr) ast.Expr {
	args := make([]ast.Expr, len(c.Args))
	for i, a := range c.Args {
		if t, ok := convs[i]; ok {
			a = &ast.CallExpr{Fun: t, Args: []ast.Expr{a}}
		}
		args[i] = a
	}
	var out ast.Expr = &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: c.Pos(), Name: RuntimeAlias}, Sel: ast.NewIdent(helper)},
		Lparen: c.Lparen, Args: args, Rparen: c.Rparen,
	}
	if result != nil {
		out = &ast.TypeAssertExpr{X: out, Type: result}
	}
	return out
}

func (l *typedLowering) planBuiltin(name string, call *ast.CallExpr) {
	info := l.t.Info
	tv, ok := info.Types[call]
	if !ok || (name != "clear" && tv.Type == nil) {
		l.fail(call, "%s: gogil could not work out the types of this call%s", name, l.firstError())
		return
	}
	switch name {
	case "clear":
		l.plans[call] = func(c *ast.CallExpr) ast.Expr {
			return l.helperCall(c, "Clear", nil, nil)
		}
	case "new":
		if arg := info.Types[call.Args[0]]; arg.IsType() {
			return // Go's new(T), which the interpreter has
		}
		ptr, isPtr := tv.Type.(*types.Pointer)
		if !isPtr {
			l.fail(call, "new: gogil could not work out the type of its value%s", l.firstError())
			return
		}
		elem := l.typeExpr(call, ptr.Elem())
		l.plans[call] = func(c *ast.CallExpr) ast.Expr {
			// A new variable holding the value: &[]T{v}[0].
			lit := &ast.CompositeLit{Type: &ast.ArrayType{Elt: elem}, Lbrace: c.Lparen, Elts: []ast.Expr{c.Args[0]}, Rbrace: c.Rparen}
			return &ast.UnaryExpr{OpPos: c.Pos(), Op: token.AND, X: &ast.IndexExpr{X: lit, Index: &ast.BasicLit{Kind: token.INT, Value: "0"}}}
		}
	default: // min, max
		if tv.Value != nil {
			lit := l.constantExpr(call, tv)
			l.plans[call] = func(*ast.CallExpr) ast.Expr { return lit }
			return
		}
		result := l.typeExpr(call, tv.Type)
		convs := map[int]ast.Expr{}
		for i, arg := range call.Args {
			if info.Types[arg].Value != nil {
				convs[i] = result
			}
		}
		helper := strings.ToUpper(name[:1]) + name[1:]
		l.plans[call] = func(c *ast.CallExpr) ast.Expr { return l.helperCall(c, helper, convs, result) }
	}
}

// constantExpr writes a constant min or max: a literal of its kind (a
// float keeps a point, so that it stays a float), converted to its type
// when typed.
func (l *typedLowering) constantExpr(at ast.Node, tv types.TypeAndValue) ast.Expr {
	v := tv.Value
	untyped := types.Typ[types.Invalid]
	if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		untyped = b
	}
	// The value is one of the arguments' as written: min(1, 2.5) is the
	// untyped float 1 and max(7, 'a') the untyped rune 97, which as
	// written would be untyped ints (1/2 would be 0, %T would print int).
	if untyped.Kind() == types.UntypedFloat {
		v = constant.ToFloat(v)
	}
	var lit string
	switch v.Kind() {
	case constant.String:
		lit = strconv.Quote(constant.StringVal(v))
	case constant.Float:
		lit = v.ExactString()
		if strings.Contains(lit, "/") {
			num, den, _ := strings.Cut(lit, "/")
			lit = "(" + num + ".0/" + den + ")"
		} else if !strings.ContainsAny(lit, ".eE") {
			lit += ".0"
		}
	default:
		lit = v.ExactString()
		if untyped.Kind() == types.UntypedRune {
			lit = "('\\x00' + " + lit + ")"
		}
	}
	x, err := parser.ParseExpr(lit)
	if err != nil {
		l.fail(at, "gogil could not write the constant %s: %v", lit, err)
		return nil
	}
	if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return x
	}
	return &ast.CallExpr{Fun: l.typeExpr(at, tv.Type), Args: []ast.Expr{x}}
}

// typeExpr writes t as the cell's code names it, or fails the lowering.
func (l *typedLowering) typeExpr(at ast.Node, t types.Type) ast.Expr {
	x, err := l.writeType(at, t)
	if err != "" {
		l.fail(at, "%s", err)
		return ast.NewIdent("_")
	}
	return x
}

// nameType writes t as the cell's code names it, if it can.
func (l *typedLowering) nameType(at ast.Node, t types.Type) (ast.Expr, bool) {
	x, err := l.writeType(at, t)
	return x, err == ""
}

func (l *typedLowering) writeType(at ast.Node, t types.Type) (ast.Expr, string) {
	unnamed := ""
	text := types.TypeString(t, func(p *types.Package) string {
		name, ok := l.t.Qualifier(p)
		if !ok && unnamed == "" {
			unnamed = p.Path()
		}
		return name
	})
	if unnamed != "" {
		return nil, fmt.Sprintf("gogil must name the type %s here and cannot: import %q in the cell", text, unnamed)
	}
	x, err := parser.ParseExpr(text)
	if err != nil {
		return nil, fmt.Sprintf("gogil cannot write the type %s in the cell's code (%v)", text, err)
	}
	placeAt(x, at.Pos())
	return x, ""
}

// placeAt gives every position in the nodes under n the value pos: a
// parsed expression's own positions are offsets in a file the
// interpreter never saw, which yaegi then resolves names in as if they
// were the cell's (time.Duration(x) failed as a call of a function).
func placeAt(n ast.Node, pos token.Pos) {
	posType := reflect.TypeFor[token.Pos]()
	ast.Inspect(n, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		v := reflect.ValueOf(n)
		if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
			return true
		}
		s := v.Elem()
		for i := range s.NumField() {
			if f := s.Field(i); f.Type() == posType && f.CanSet() {
				f.Set(reflect.ValueOf(pos))
			}
		}
		return true
	})
}

func (l *typedLowering) firstError() string {
	if l.t == nil || len(l.t.Errors) == 0 {
		return ""
	}
	return ": " + l.t.Errors[0].Error()
}

func supported(qualified string) bool {
	for _, q := range genericFuncs {
		if q == qualified {
			return true
		}
	}
	return false
}

func mentionsTypeParam(t types.Type) bool {
	switch t := t.(type) {
	case *types.TypeParam:
		return true
	case *types.Named:
		for i := range t.TypeArgs().Len() {
			if mentionsTypeParam(t.TypeArgs().At(i)) {
				return true
			}
		}
	case *types.Slice:
		return mentionsTypeParam(t.Elem())
	case *types.Map:
		return mentionsTypeParam(t.Key()) || mentionsTypeParam(t.Elem())
	case *types.Pointer:
		return mentionsTypeParam(t.Elem())
	case *types.Signature:
		for _, tuple := range []*types.Tuple{t.Params(), t.Results()} {
			for i := range tuple.Len() {
				if mentionsTypeParam(tuple.At(i).Type()) {
					return true
				}
			}
		}
	}
	return false
}

// isIterSeq: t is an iter.Seq or iter.Seq2, which the interpreter cannot
// name.
func isIterSeq(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "iter"
}

// exprType is the type of the AST fields that hold any expression, which
// the reflective walkers of this package (replaceExprs, qualify) rewrite.
var exprType = reflect.TypeFor[ast.Expr]()

// someNode reports whether match holds for a node under n. A pass checks
// with it, through the cheap ast.Inspect, whether a part has anything for
// it before it rewrites through the reflective replaceExprs, so that a
// trivial cell pays little for passes it does not need.
func someNode(n ast.Node, match func(ast.Node) bool) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if found || n == nil {
			return false
		}
		found = match(n)
		return !found
	})
	return found
}

// replaceExprs replaces, bottom up, every expression under n by what with
// returns for it.
func replaceExprs(n ast.Node, with func(ast.Expr) ast.Expr) {
	v := reflect.ValueOf(n)
	if !v.IsValid() || v.Kind() != reflect.Pointer || v.IsNil() {
		return
	}
	s := v.Elem()
	if s.Kind() != reflect.Struct {
		return
	}
	for i := range s.NumField() {
		fv := s.Field(i)
		if !fv.CanSet() {
			continue
		}
		switch {
		case fv.Type() == exprType:
			if x, ok := fv.Interface().(ast.Expr); ok && x != nil {
				replaceExprs(x, with)
				fv.Set(reflect.ValueOf(with(x)))
			}
		case fv.Kind() == reflect.Slice && fv.Type().Elem() == exprType:
			for k := range fv.Len() {
				if x, ok := fv.Index(k).Interface().(ast.Expr); ok && x != nil {
					replaceExprs(x, with)
					fv.Index(k).Set(reflect.ValueOf(with(x)))
				}
			}
		case fv.Kind() == reflect.Slice && fv.Type().Elem().Implements(reflect.TypeFor[ast.Node]()):
			for k := range fv.Len() {
				if node, ok := fv.Index(k).Interface().(ast.Node); ok {
					replaceExprs(node, with)
				}
			}
		case fv.Type().Implements(reflect.TypeFor[ast.Node]()) && fv.Kind() != reflect.Struct:
			if node, ok := fv.Interface().(ast.Node); ok && node != nil && !fv.IsNil() {
				replaceExprs(node, with)
			}
		}
	}
}
