package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strconv"
)

// In generic code the interpreter hands fmt a value whose static type is
// a type parameter, or is made of type parameters ([]T, map[K]V), by its
// reflect type, without the box that tells a cell value in an any from a
// plain one: %T of a []point printed []struct { X int; Y int }, of a
// celsius float64, and a []temp whose String method fmt calls printed
// the plain numbers, silently (func Show[T any](xs ...T) {
// fmt.Println(xs) }). Such an argument becomes
// __gogil.TypedParam(x, "", id, 0, "T", id, n, m...): TypedIface's
// candidates for an empty interface, every top-level cell type with a fmt
// method, from which the runner (session/typedparam.go) describes the
// value by its shape, giving a struct shape of one cell type that type's
// name and methods, and ending in an error what could be several types.

// TypedParamHelper is the runner's Typed for an argument whose static
// type is a type parameter or made of ones.
const TypedParamHelper = "TypedParam"

// paramShaped: t is a type parameter without methods in its constraint
// (whose values fmt prints by their dynamic type), or an unnamed pointer,
// slice, array, channel or map made of type parameters, instances of
// generic cell types without fmt methods, and library or predeclared
// types ([]T of a T fmt.Stringer printed [{1 a}] for a []card).
func paramShaped(t types.Type) bool {
	if tp, bare := types.Unalias(t).(*types.TypeParam); bare {
		// One whose constraint has methods is a cell interface's value
		// to ifaceArg, which lists the types implementing it.
		iface, ok := tp.Underlying().(*types.Interface)
		return ok && iface.NumMethods() == 0
	}
	return mentionsTypeParam(t) && madeOfParams(t)
}

func madeOfParams(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.TypeParam:
		return true
	case *types.Basic:
		return true
	case *types.Named:
		if t.TypeArgs().Len() == 0 {
			return t.Obj().Pkg() != nil && !inMain(t.Obj())
		}
		// An instance of a generic cell type (Pair[K, V] in its methods)
		// the runner names by its reflect type, as registerCellInstances
		// registered it; one with a fmt method of its own keeps the
		// static description, which carries the method.
		if !inMain(t.Obj()) || t.Obj().Parent() != t.Obj().Pkg().Scope() || hasFmtMethod(t) || hasFmtMethod(types.NewPointer(t)) {
			return false
		}
		for i := range t.TypeArgs().Len() {
			if !madeOfParams(t.TypeArgs().At(i)) {
				return false
			}
		}
		return true
	case *types.Pointer:
		return madeOfParams(t.Elem())
	case *types.Slice:
		return madeOfParams(t.Elem())
	case *types.Array:
		return madeOfParams(t.Elem())
	case *types.Chan:
		return madeOfParams(t.Elem())
	case *types.Map:
		return madeOfParams(t.Key()) && madeOfParams(t.Elem())
	}
	return false
}

// paramArg is the TypedParam call for arg, nil where the cells declared
// no type a value could have, or where a local name hides a cell type
// with a fmt method at arg.
func (l *typedLowering) paramArg(arg ast.Expr, static types.Type, describe Describer) ast.Expr {
	scope := l.mainScope()
	if scope == nil || !declaresValueTypes(scope) {
		return nil
	}
	pos := arg.Pos()
	own := static
	if _, bare := static.(*types.TypeParam); !bare {
		own = types.NewInterfaceType(nil, nil).Complete()
	}
	entry, _ := l.ifaceEntry(arg, "", own, describe)
	args := append([]ast.Expr{arg}, entry...)
	// Where each type parameter is in the static type, and its key, for
	// the runner's record of what it was instantiated with
	// (registerParamArgs).
	paths := map[string]string{}
	l.paramPaths(static, "", paths, map[types.Type]bool{})
	for _, path := range slices.Sorted(maps.Keys(paths)) {
		args = append(args, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote("@" + path + "=" + paths[path])}, intAt(pos, -1), intAt(pos, 0))
	}
	top := static
	if p, ok := top.(*types.Pointer); ok {
		top = p.Elem()
	}
	if named, ok := types.Unalias(top).(*types.Named); ok && named.TypeArgs().Len() > 0 {
		// The runner must name the instance, or say it cannot.
		args = append(args, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote("!instance")}, intAt(pos, -1), intAt(pos, 0))
	}
	inner := scope.Innermost(pos)
	for _, named := range concreteTypes(scope) {
		obj, name := named.Obj(), named.Obj().Name()
		for _, t := range []types.Type{named, types.NewPointer(named)} {
			if !hasFmtMethod(t) {
				continue
			}
			if inner != nil {
				if _, o := inner.LookupParent(name, pos); o != obj {
					return nil
				}
			}
			label := name
			if _, star := t.(*types.Pointer); star {
				label = "*" + name
			}
			e, _ := l.ifaceEntry(arg, label, t, describe)
			args = append(args, e...)
		}
	}
	// The generic types with fmt methods, whose instances' methods the
	// call cannot name ("*Name": its pointer's alone): the runner ends
	// the printing of one in an error.
	for _, name := range scope.Names() {
		obj, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || obj.IsAlias() {
			continue
		}
		named, ok := obj.Type().(*types.Named)
		if !ok || named.TypeParams().Len() == 0 || types.IsInterface(named) {
			continue
		}
		label := ""
		switch {
		case hasFmtMethod(named):
			label = name
		case hasFmtMethod(types.NewPointer(named)):
			label = "*" + name
		default:
			continue
		}
		args = append(args, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(GenericFmtMark + label)}, intAt(pos, -1), intAt(pos, 0))
	}
	return &ast.CallExpr{
		Fun:  &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: RuntimeAlias}, Sel: ast.NewIdent(TypedParamHelper)},
		Args: args,
	}
}

// ParamArgsHelper is the runner's record of the cell types generic code
// was instantiated with.
const ParamArgsHelper = "ParamArgs"

// paramKey names a type parameter of a top-level generic function or type
// of the cells by its owner and index ("Pair#1"; a method's receiver type
// parameters are its type's), "?" where it is none of those.
func (l *typedLowering) paramKey(tp *types.TypeParam) string {
	scope := l.mainScope()
	if scope == nil {
		return "?"
	}
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.TypeName:
			named, ok := obj.Type().(*types.Named)
			if !ok || named.TypeParams().Len() == 0 {
				continue
			}
			if tp.Index() < named.TypeParams().Len() && named.TypeParams().At(tp.Index()) == tp {
				return name + "#" + strconv.Itoa(tp.Index())
			}
			for i := range named.NumMethods() {
				recv := named.Method(i).Type().(*types.Signature).RecvTypeParams()
				if tp.Index() < recv.Len() && recv.At(tp.Index()) == tp {
					return name + "#" + strconv.Itoa(tp.Index())
				}
			}
		case *types.Func:
			params := obj.Type().(*types.Signature).TypeParams()
			if tp.Index() < params.Len() && params.At(tp.Index()) == tp {
				return name + "#" + strconv.Itoa(tp.Index())
			}
		}
	}
	return "?"
}

// paramPaths records, for each type parameter in t (a printed static
// type made of type parameters, paramShaped), its place as the runner's
// walk of the value names it ("" the value, "e" an element or a
// pointer's target, "k" a map's key, "f1." a struct's second field) and
// its key.
func (l *typedLowering) paramPaths(t types.Type, path string, out map[string]string, seen map[types.Type]bool) {
	switch u := types.Unalias(t).(type) {
	case *types.TypeParam:
		out[path] = l.paramKey(u)
	case *types.Pointer:
		l.paramPaths(u.Elem(), path+"e", out, seen)
	case *types.Slice:
		l.paramPaths(u.Elem(), path+"e", out, seen)
	case *types.Array:
		l.paramPaths(u.Elem(), path+"e", out, seen)
	case *types.Chan:
		l.paramPaths(u.Elem(), path+"e", out, seen)
	case *types.Map:
		l.paramPaths(u.Key(), path+"k", out, seen)
		l.paramPaths(u.Elem(), path+"e", out, seen)
	case *types.Named:
		if seen[u] || u.TypeArgs().Len() == 0 {
			return
		}
		seen[u] = true
		l.paramPaths(u.Underlying(), path, out, seen)
	case *types.Struct:
		for i := range u.NumFields() {
			l.paramPaths(u.Field(i).Type(), path+"f"+strconv.Itoa(i)+".", out, seen)
		}
	}
}

// typeParamsIn are the type parameters t mentions.
func typeParamsIn(t types.Type, seen map[types.Type]bool, out *[]*types.TypeParam) {
	if t == nil || seen[t] {
		return
	}
	seen[t] = true
	switch u := types.Unalias(t).(type) {
	case *types.TypeParam:
		*out = append(*out, u)
	case *types.Named:
		for i := range u.TypeArgs().Len() {
			typeParamsIn(u.TypeArgs().At(i), seen, out)
		}
	case *types.Pointer:
		typeParamsIn(u.Elem(), seen, out)
	case *types.Slice:
		typeParamsIn(u.Elem(), seen, out)
	case *types.Array:
		typeParamsIn(u.Elem(), seen, out)
	case *types.Chan:
		typeParamsIn(u.Elem(), seen, out)
	case *types.Map:
		typeParamsIn(u.Key(), seen, out)
		typeParamsIn(u.Elem(), seen, out)
	case *types.Struct:
		for i := range u.NumFields() {
			typeParamsIn(u.Field(i).Type(), seen, out)
		}
	case *types.Signature:
		for _, tuple := range []*types.Tuple{u.Params(), u.Results()} {
			for i := range tuple.Len() {
				typeParamsIn(tuple.At(i).Type(), seen, out)
			}
		}
	}
}

// registerParamArgs reports to the runner, for each instance in the part
// of a generic function or type the cells declared, the cell types each
// type argument is or is made of, and the type parameters of the generic
// code that passes its own: TypedParam asks which cell types a printed
// type parameter may stand for, so that a plain int printed by
// Pair[string, int]'s String method is not refused for a MyInt that only
// Sum[MyInt] was given. A statements part reports them as its first
// statements, a declarations part in an init function.
func registerParamArgs(f *File, l *typedLowering) {
	reports := map[string]map[string]bool{}
	for ident, inst := range l.t.Info.Instances {
		obj := l.t.Info.Uses[ident]
		if obj == nil {
			obj = l.t.Info.Defs[ident]
		}
		if obj == nil || !inMain(obj) || obj.Parent() != obj.Pkg().Scope() {
			continue
		}
		for i := range inst.TypeArgs.Len() {
			arg := inst.TypeArgs.At(i)
			got := map[string]bool{}
			var tps []*types.TypeParam
			typeParamsIn(arg, map[types.Type]bool{}, &tps)
			for _, tp := range tps {
				got["@"+l.paramKey(tp)] = true
			}
			l.cellTypesIn(arg, map[types.Type]bool{}, got)
			if len(got) == 0 {
				continue
			}
			key := obj.Name() + "#" + strconv.Itoa(i)
			if reports[key] == nil {
				reports[key] = map[string]bool{}
			}
			maps.Copy(reports[key], got)
		}
	}
	if len(reports) == 0 {
		return
	}
	pos := f.AST.Package
	stmts := f.Part.Kind == Stmts && f.Main != nil && f.Main.Body != nil
	if stmts {
		pos = f.Main.Body.Lbrace
	}
	str := func(s string) ast.Expr {
		return &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(s)}
	}
	var calls []ast.Stmt
	for _, key := range slices.Sorted(maps.Keys(reports)) {
		args := []ast.Expr{str(key)}
		for _, a := range slices.Sorted(maps.Keys(reports[key])) {
			args = append(args, str(a))
		}
		calls = append(calls, &ast.ExprStmt{X: helperCall(pos, ParamArgsHelper, args...)})
	}
	if stmts {
		f.Main.Body.List = append(calls, f.Main.Body.List...)
		return
	}
	f.AST.Decls = append(f.AST.Decls, &ast.FuncDecl{Name: &ast.Ident{NamePos: pos, Name: "init"}, Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{}},
		Body: &ast.BlockStmt{Lbrace: pos, List: calls, Rbrace: pos}})
}

// cellTypesIn adds to got the names the runner registers (boxed.go,
// instancetypes.go) of the cell types t is or is made of, "=T" for each
// predeclared type T in it, and "=*" where an interface in it may hold
// any plain value.
func (l *typedLowering) cellTypesIn(t types.Type, seen map[types.Type]bool, got map[string]bool) {
	if t == nil || seen[t] {
		return
	}
	seen[t] = true
	switch u := types.Unalias(t).(type) {
	case *types.Basic:
		// A plain value of the type: "=int64" (reflect's names).
		switch u.Kind() {
		case types.Byte:
			got["=uint8"] = true
		case types.Rune:
			got["=int32"] = true
		default:
			got["="+u.Name()] = true
		}
	case *types.Interface:
		got["=*"] = true // any plain value may be inside
	case *types.Named:
		for i := range u.TypeArgs().Len() {
			l.cellTypesIn(u.TypeArgs().At(i), seen, got)
		}
		obj := u.Obj()
		if !inMain(obj) {
			l.cellTypesIn(u.Underlying(), seen, got)
			return
		}
		if obj.Parent() != obj.Pkg().Scope() {
			got["?"] = true // a local type: the runner knows no name of it
			return
		}
		if u.TypeArgs().Len() == 0 {
			got[obj.Name()] = true
			if _, basic := u.Underlying().(*types.Basic); basic && types.NewMethodSet(types.NewPointer(u)).Len() == 0 {
				// Of a basic kind without methods: NamedParam may put a
				// value of it in an interface as Named does.
				got["+"+obj.Name()] = true
			}
		} else if name, ok := l.reflectInstanceName(u); ok {
			got[name] = true
		} else {
			got["?"] = true
		}
		// The cell types inside it, not its predeclared ones: the
		// runner takes a value of its shape for it (TypedParam).
		inner := map[string]bool{}
		l.cellTypesIn(u.Underlying(), seen, inner)
		for k := range inner {
			if k[0] != '=' && k[0] != '+' {
				got[k] = true
			}
		}
	case *types.Pointer:
		l.cellTypesIn(u.Elem(), seen, got)
	case *types.Slice:
		l.cellTypesIn(u.Elem(), seen, got)
	case *types.Array:
		l.cellTypesIn(u.Elem(), seen, got)
	case *types.Chan:
		l.cellTypesIn(u.Elem(), seen, got)
	case *types.Map:
		l.cellTypesIn(u.Key(), seen, got)
		l.cellTypesIn(u.Elem(), seen, got)
	case *types.Struct:
		for i := range u.NumFields() {
			l.cellTypesIn(u.Field(i).Type(), seen, got)
		}
	case *types.Signature:
		for _, tuple := range []*types.Tuple{u.Params(), u.Results()} {
			for i := range tuple.Len() {
				l.cellTypesIn(tuple.At(i).Type(), seen, got)
			}
		}
	}
}
