package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
	"reflect"
	"slices"
)

// yaegi v0.16.1 cannot instantiate a generic function explicitly with the
// type parameters of the generic code around the call once those are a
// type the cells declared: Id[T](v) in H[T any](v T) T, run as H(P{3}) or
// H(Celsius(2)), panics compiling the instance or dereferences nil when it
// runs (a bare "runtime error", which is no error of the user's), where
// H(3) runs. Tutorials write such calls all the time: None[U]() in
// MapOption, NewMatrix[T](r, c) in (*Matrix[T]).Mul, and the typed pass
// writes Sum[T](xs...) itself, for a variadic Sum the interpreter cannot
// infer there (instantiate.go). Its own inference from the arguments'
// types works in the same place, Id(v) in H, for a non-variadic callee.
//
// lowerWitnessCalls turns each such call of a generic function the same
// part declares into a call the interpreter infers: a twin of the function
// takes, before its own parameters, one value of each type parameter (a
// witness, whose type is all it says), and a slice for a variadic
// parameter, which yaegi cannot infer through. Sum[T](xs...) becomes
// __gogil_wit_Sum(*new(T), xs), Sum[T](a, b) __gogil_wit_Sum(*new(T),
// []T{a, b}), None[U]() __gogil_wit_None(*new(U)). The twin is a copy of
// the function, lowered as the function is (it runs last but for the
// renames), so it means what the function means; Go's variadic call of
// no values passes nil, which the slice conversion []T(nil) passes too.
//
// Only calls that give every type argument, one of them naming a type
// parameter of the code around, of a function of the same part: a
// function of an earlier cell has no twin to call, and keeps the call.
func lowerWitnessCalls(f *File, _ Options) {
	generic := map[string]*ast.FuncDecl{}
	for _, d := range f.AST.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Type.TypeParams != nil && fd.Body != nil {
			generic[fd.Name.Name] = fd
		}
	}
	if len(generic) == 0 {
		return
	}
	twins := map[string]*ast.FuncDecl{}
	// A twin goes where its function was, which its function's walk
	// reaches after it when the function comes after the call: the body
	// the twin took keeps its calls to rewrite, as the function's were.
	for i := 0; i < len(f.AST.Decls); i++ {
		fd, ok := f.AST.Decls[i].(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		around := map[string]bool{}
		if fd.Type.TypeParams != nil {
			for _, name := range fieldListNames(fd.Type.TypeParams) {
				around[name] = true
			}
		}
		if fd.Recv != nil && len(fd.Recv.List) == 1 {
			for _, name := range receiverTypeParams(fd.Recv.List[0].Type) {
				around[name] = true
			}
		}
		delete(around, "_")
		if len(around) == 0 {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			name, targs := explicitInstance(call.Fun)
			callee := generic[name]
			if callee == nil || len(targs) != len(fieldListNames(callee.Type.TypeParams)) || !mentionsAny(targs, around) {
				return true
			}
			if twins[name] == nil {
				twins[name] = witnessTwin(callee)
				// Before the function: the interpreter looks a generic
				// method's callee up as it meets the call, in the order
				// of the declarations (undefined where it came last).
				at := slices.Index(f.AST.Decls, ast.Decl(callee))
				f.AST.Decls = slices.Insert(f.AST.Decls, at, ast.Decl(twins[name]))
				if at <= i {
					i++ // fd moved up
				}
			}
			witnessCall(call, callee, twins[name].Name.Name, targs)
			return true
		})
	}
}

const witnessPrefix = "__gogil_wit_"

// explicitInstance is F and its type arguments for fun = F[X, Y].
func explicitInstance(fun ast.Expr) (string, []ast.Expr) {
	switch x := ast.Unparen(fun).(type) {
	case *ast.IndexExpr:
		if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
			return id.Name, []ast.Expr{x.Index}
		}
	case *ast.IndexListExpr:
		if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
			return id.Name, x.Indices
		}
	}
	return "", nil
}

func mentionsAny(xs []ast.Expr, names map[string]bool) bool {
	found := false
	for _, x := range xs {
		ast.Inspect(x, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && names[id.Name] {
				found = true
			}
			return !found
		})
	}
	return found
}

// witnessTwin moves fd's body into its twin, which takes a witness of
// each type parameter first and a slice for fd's variadic parameter, and
// makes fd call it. The body is moved, not copied: the interpreter shares
// one node among the composite literals of a generic type that name a
// type parameter (instancelits.go), so two copies of a body that builds
// &Matrix[T]{...} would crash it.
func witnessTwin(fd *ast.FuncDecl) *ast.FuncDecl {
	pos := fd.Type.Func
	twin := &ast.FuncDecl{
		Name: &ast.Ident{NamePos: fd.Name.NamePos, Name: witnessPrefix + fd.Name.Name},
		Type: fd.Type,
		Body: fd.Body,
	}
	// fd keeps its signature under names of its own for its parameters,
	// which it hands on.
	fd.Type = deepCopy(fd.Type)
	var args []ast.Expr
	for _, name := range fieldListNames(fd.Type.TypeParams) {
		args = append(args, &ast.StarExpr{Star: pos, X: &ast.CallExpr{
			Fun:    &ast.Ident{NamePos: pos, Name: "new"},
			Lparen: pos,
			Args:   []ast.Expr{&ast.Ident{NamePos: pos, Name: name}},
			Rparen: pos,
		}})
	}
	n := 0
	for _, field := range fd.Type.Params.List {
		names := make([]*ast.Ident, max(len(field.Names), 1))
		for i := range names {
			names[i] = &ast.Ident{NamePos: pos, Name: fmt.Sprintf("%sa%d", witnessPrefix, n)}
			args = append(args, &ast.Ident{NamePos: pos, Name: names[i].Name})
			n++
		}
		field.Names = names
	}
	call := &ast.CallExpr{Fun: &ast.Ident{NamePos: pos, Name: twin.Name.Name}, Lparen: pos, Args: args, Rparen: pos}
	var stmt ast.Stmt = &ast.ExprStmt{X: call}
	if fd.Type.Results != nil && len(fd.Type.Results.List) > 0 {
		stmt = &ast.ReturnStmt{Return: pos, Results: []ast.Expr{call}}
	}
	fd.Body = &ast.BlockStmt{Lbrace: fd.Body.Lbrace, List: []ast.Stmt{stmt}, Rbrace: fd.Body.Rbrace}

	var witnesses []*ast.Field
	for _, name := range fieldListNames(fd.Type.TypeParams) {
		witnesses = append(witnesses, &ast.Field{
			Names: []*ast.Ident{{NamePos: pos, Name: "_"}},
			Type:  &ast.Ident{NamePos: pos, Name: name},
		})
	}
	params := twin.Type.Params
	if n := len(params.List); n > 0 {
		if e, ok := params.List[n-1].Type.(*ast.Ellipsis); ok {
			params.List[n-1].Type = &ast.ArrayType{Lbrack: e.Ellipsis, Elt: e.Elt}
		}
	}
	params.List = append(witnesses, params.List...)
	return twin
}

// witnessCall rewrites call of callee with the type arguments targs into a
// call of its twin.
func witnessCall(call *ast.CallExpr, callee *ast.FuncDecl, twin string, targs []ast.Expr) {
	pos := call.Fun.Pos()
	var args []ast.Expr
	for _, t := range targs {
		args = append(args, &ast.StarExpr{Star: pos, X: &ast.CallExpr{
			Fun:    &ast.Ident{NamePos: pos, Name: "new"},
			Lparen: pos,
			Args:   []ast.Expr{deepCopy(t)},
			Rparen: pos,
		}})
	}
	params := callee.Type.Params.List
	var variadic *ast.Ellipsis
	if n := len(params); n > 0 {
		variadic, _ = params[n-1].Type.(*ast.Ellipsis)
	}
	if spreadsResults(call, params) {
		spreadWitnessCall(call, callee, twin, targs, args)
		return
	}
	switch {
	case variadic == nil:
		args = append(args, call.Args...)
	case call.Ellipsis.IsValid():
		// f(a, xs...): the slice is the twin's argument as it is.
		args = append(args, call.Args...)
		call.Ellipsis = token.NoPos
	default:
		fixed := 0
		for _, p := range params[:len(params)-1] {
			fixed += max(len(p.Names), 1)
		}
		fixed = min(fixed, len(call.Args))
		args = append(args, call.Args[:fixed]...)
		slice := &ast.ArrayType{Lbrack: call.Rparen, Elt: substituteTypeParams(variadic.Elt, callee, targs)}
		rest := call.Args[fixed:]
		if len(rest) == 0 {
			args = append(args, &ast.CallExpr{Fun: &ast.ParenExpr{Lparen: call.Rparen, X: slice, Rparen: call.Rparen}, Lparen: call.Rparen, Args: []ast.Expr{&ast.Ident{NamePos: call.Rparen, Name: "nil"}}, Rparen: call.Rparen})
		} else {
			args = append(args, &ast.CompositeLit{Type: slice, Lbrace: rest[0].Pos(), Elts: rest, Rbrace: call.Rparen})
		}
	}
	// A nil for a parameter typed by the callee's type parameters leaves
	// the interpreter nothing to infer from (it panics compiling): it gets
	// the parameter's type, as Go gives it.
	i := len(targs)
	for _, p := range params {
		for range max(len(p.Names), 1) {
			if i < len(args) && isNilIdent(args[i]) {
				if _, ok := p.Type.(*ast.Ellipsis); !ok {
					t := substituteTypeParams(p.Type, callee, targs)
					args[i] = &ast.CallExpr{Fun: &ast.ParenExpr{Lparen: args[i].Pos(), X: t, Rparen: args[i].Pos()}, Lparen: args[i].Pos(), Args: []ast.Expr{args[i]}, Rparen: args[i].End()}
				}
			}
			i++
		}
	}
	call.Fun = &ast.Ident{NamePos: pos, Name: twin}
	call.Args = args
}

// spreadsResults: the call hands its callee the results of another call,
// Try[U](f(v)) of func Try[T any](v T, err error).
func spreadsResults(call *ast.CallExpr, params []*ast.Field) bool {
	if len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return false
	}
	if _, ok := ast.Unparen(call.Args[0]).(*ast.CallExpr); !ok {
		return false
	}
	n := 0
	for _, p := range params {
		n += max(len(p.Names), 1)
	}
	return n >= 2
}

// spreadWitnessCall writes a call that spreads another's results: the
// witnesses cannot stand beside them, so a function literal takes the
// results and calls the twin, func(p0 T, p1 error) Result[T] { return
// twin(*new(T), p0, p1) }(f(v)). A variadic callee is not met so (its
// slice would need the results counted): it keeps its call.
func spreadWitnessCall(call *ast.CallExpr, callee *ast.FuncDecl, twin string, targs, witnesses []ast.Expr) {
	pos := call.Fun.Pos()
	lit := &ast.FuncLit{Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}}}
	args := witnesses
	n := 0
	for _, p := range callee.Type.Params.List {
		if _, ok := p.Type.(*ast.Ellipsis); ok {
			return
		}
		for range max(len(p.Names), 1) {
			name := fmt.Sprintf("%sp%d", witnessPrefix, n)
			n++
			lit.Type.Params.List = append(lit.Type.Params.List, &ast.Field{
				Names: []*ast.Ident{{NamePos: pos, Name: name}},
				Type:  substituteTypeParams(p.Type, callee, targs),
			})
			args = append(args, &ast.Ident{NamePos: pos, Name: name})
		}
	}
	inner := &ast.CallExpr{Fun: &ast.Ident{NamePos: pos, Name: twin}, Lparen: pos, Args: args, Rparen: pos}
	var stmt ast.Stmt = &ast.ExprStmt{X: inner}
	if res := callee.Type.Results; res != nil && len(res.List) > 0 {
		lit.Type.Results = &ast.FieldList{Opening: pos, Closing: pos}
		for _, r := range res.List {
			for range max(len(r.Names), 1) {
				lit.Type.Results.List = append(lit.Type.Results.List, &ast.Field{Type: substituteTypeParams(r.Type, callee, targs)})
			}
		}
		stmt = &ast.ReturnStmt{Return: pos, Results: []ast.Expr{inner}}
	}
	lit.Body = &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{stmt}, Rbrace: pos}
	call.Fun = lit
}

// substituteTypeParams is a copy of t, a type of callee's signature, with
// the call's type arguments for callee's type parameters.
func substituteTypeParams(t ast.Expr, callee *ast.FuncDecl, targs []ast.Expr) ast.Expr {
	by := map[string]ast.Expr{}
	for i, name := range fieldListNames(callee.Type.TypeParams) {
		by[name] = targs[i]
	}
	out := deepCopy(t)
	if id, ok := out.(*ast.Ident); ok {
		if x, ok := by[id.Name]; ok {
			return deepCopy(x)
		}
		return out
	}
	replaceExprs(out, func(x ast.Expr) ast.Expr {
		if id, ok := x.(*ast.Ident); ok {
			if t, ok := by[id.Name]; ok {
				return deepCopy(t)
			}
		}
		return x
	})
	return out
}

// deepCopy copies the syntax tree under n, positions kept; the parser's
// objects and scopes, which the printed code does not need, are left out.
func deepCopy[N ast.Node](n N) N {
	return deepCopyValue(reflect.ValueOf(n)).Interface().(N)
}

var (
	objectType = reflect.TypeFor[*ast.Object]()
	scopeType  = reflect.TypeFor[*ast.Scope]()
)

func deepCopyValue(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || v.Type() == objectType || v.Type() == scopeType {
			return reflect.Zero(v.Type())
		}
		c := reflect.New(v.Type().Elem())
		c.Elem().Set(deepCopyValue(v.Elem()))
		return c
	case reflect.Interface:
		if v.IsNil() {
			return reflect.Zero(v.Type())
		}
		c := reflect.New(v.Type()).Elem()
		c.Set(deepCopyValue(v.Elem()))
		return c
	case reflect.Slice:
		if v.IsNil() {
			return reflect.Zero(v.Type())
		}
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			c.Index(i).Set(deepCopyValue(v.Index(i)))
		}
		return c
	case reflect.Struct:
		c := reflect.New(v.Type()).Elem()
		for i := range v.NumField() {
			if c.Field(i).CanSet() {
				c.Field(i).Set(deepCopyValue(v.Field(i)))
			}
		}
		return c
	}
	return v
}

// splitGenericParams gives each parameter of a generic function a field of
// its own: func Max[T cmp.Ordered](a, b T) T becomes func Max[T
// cmp.Ordered](a T, b T) T. yaegi v0.16.1 infers a call's type arguments
// by the parameters' fields, not their names: after a field of two names
// it matches each argument with the wrong parameter, and panics compiling
// a call in generic code, A(*new(T), 1, 2, m.data) of func A[T any](_ T,
// a, b int, vals []T), that it compiles with the names apart.
func splitGenericParams(f *File, _ Options) {
	for _, d := range f.AST.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Type.TypeParams == nil {
			continue
		}
		var list []*ast.Field
		for _, field := range fd.Type.Params.List {
			if len(field.Names) < 2 {
				list = append(list, field)
				continue
			}
			for i, name := range field.Names {
				t := field.Type
				if i > 0 {
					t = deepCopy(t)
				}
				list = append(list, &ast.Field{Names: []*ast.Ident{name}, Type: t})
			}
		}
		fd.Type.Params.List = list
	}
}
