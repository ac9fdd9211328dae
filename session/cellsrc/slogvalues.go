package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// A value of a cell type reaches native code without its methods, so
// log/slog never sees the LogValue method of a cell type handed to it as
// an any ("user", u): it logged the struct's fields. A conversion to
// slog.LogValuer, which the interpreter makes with a wrapper of the
// method, keeps it: lowerSlogValues hands each
// argument of a log/slog function or method whose parameter is an any and
// whose static type is a cell type with a LogValue method (or a pointer to
// one) through
// func(v slog.LogValuer) slog.LogValuer { return v }(arg) (a conversion
// written in place stays the bare value). For the same reason slog's text
// handler printed a cell value with a String or Error method as its plain
// value; lowerSlogText hands it over with the method. Any other value
// that slog would log by a method native code misses (Format,
// MarshalText, MarshalJSON, a String or Error lowerSlogText cannot hand
// over) or by the name of an unexported field (the text handler's %+v,
// the JSON handler's encoding), in it or in what it is made of, ends the
// part before it runs: a wrong log line is worse than an error. A value
// whose static type is an interface is left as it is.

func lowerSlogValues(f *File, opts Options) *cellio.Error {
	if !mentionsName(f.AST, "slog") && !((opts.CellTypes || declaresType(f.AST)) && callsLoggerMethod(f.AST)) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() {
			return true
		}
		var fn *types.Func
		switch x := ast.Unparen(call.Fun).(type) {
		case *ast.SelectorExpr:
			fn, _ = l.t.Info.Uses[x.Sel].(*types.Func)

		case *ast.Ident:
			fn, _ = l.t.Info.Uses[x].(*types.Func)
		}
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "log/slog" {
			return true
		}
		valuer, ok := fn.Pkg().Scope().Lookup("LogValuer").(*types.TypeName)
		if !ok {
			return true
		}
		sig, ok := fn.Type().(*types.Signature)
		if !ok {
			return true
		}
		params := sig.Params()
		for i, arg := range call.Args {
			var pt types.Type
			switch {
			case i < params.Len()-1 || !sig.Variadic() && i < params.Len():
				pt = params.At(i).Type()
			case sig.Variadic():
				pt = params.At(params.Len() - 1).Type().(*types.Slice).Elem()
			}
			if pt == nil || !types.IsInterface(pt) || pt.Underlying().(*types.Interface).NumMethods() > 0 {
				continue
			}
			tv, ok := l.t.Info.Types[arg]
			if !ok || tv.Type == nil || types.IsInterface(tv.Type) {
				continue
			}
			named := cellNamed(l.t, tv.Type)
			if named == nil || !types.Implements(tv.Type, valuer.Type().Underlying().(*types.Interface)) {
				var handed *types.Named // its String or Error goes over (lowerSlogText)
				if named != nil && slogTextMethod(tv.Type) != "" {
					handed = named
				}
				if in, why := slogMisprinted(l.t, tv.Type, handed, map[types.Type]bool{}); in != nil {
					l.refuseSlogValue(arg, fn, in, why)
				} else if handed != nil {
					l.lowerSlogText(call, i, arg, tv.Type)
				}
				continue
			}
			in, ok := l.nameType(arg, valuer.Type())
			if !ok {
				continue
			}
			out, _ := l.nameType(arg, valuer.Type())
			// A conversion written as the argument stays the bare value
			// in the interpreter; a function's result is the wrapper.
			pos := arg.Pos()
			v := &ast.Ident{NamePos: pos, Name: "__gogil_valuer"}
			lit := &ast.FuncLit{
				Type: &ast.FuncType{Func: pos,
					Params:  &ast.FieldList{List: []*ast.Field{{Names: []*ast.Ident{v}, Type: in}}},
					Results: &ast.FieldList{List: []*ast.Field{{Type: out}}}},
				Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{ast.NewIdent(v.Name)}}}},
			}
			call.Args[i] = &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{arg}, Rparen: arg.End()}
		}
		return true
	})
	return l.err
}

// SlogTextHelper is the runner's helper that hands log/slog a cell value
// with a String or Error method.
const SlogTextHelper = "SlogText"

// slogTextMethod is the method of t's method set lowerSlogText hands over,
// Error or String, or "" when there is none or t has a MarshalText, which
// slog asks first.
func slogTextMethod(t types.Type) string {
	if obj, _, _ := types.LookupFieldOrMethod(t, false, nil, "MarshalText"); obj != nil {
		return ""
	}
	for _, name := range []string{"Error", "String"} {
		obj, _, _ := types.LookupFieldOrMethod(t, false, nil, name)
		if fn, ok := obj.(*types.Func); ok && fn.Exported() {
			sig := fn.Type().(*types.Signature)
			if sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
				return name
			}
		}
	}
	return ""
}

// lowerSlogText hands the call's argument i, of a cell type t whose method
// set has Error() string or String() string, through
// func(v T) any { return __gogil.SlogText(v, func() string { return
// v.String() }, false) }(arg): a native value that log/slog's text handler
// prints with the method, as Go's prints the value with %+v, and its JSON
// handler writes as before (the plain value; the Error text of an error).
// A type with a MarshalText method is left as it is: slog asks that one
// first, and gogil cannot hand it over either.
func (l *typedLowering) lowerSlogText(call *ast.CallExpr, i int, arg ast.Expr, t types.Type) {
	method := slogTextMethod(t)
	if method == "" {
		return
	}
	typ, ok := l.nameType(arg, t)
	if !ok {
		l.fail(arg, "a value of %s, whose %s method log/slog would call, handed to log/slog where gogil cannot name its type: the interpreter gives native code a cell type's value without its methods; pass v.%s() instead", types.TypeString(t, cellQualifier), method, method)
		return
	}
	pos := arg.Pos()
	v := func() *ast.Ident { return &ast.Ident{NamePos: pos, Name: "__gogil_logged"} }
	text := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{}, Results: &ast.FieldList{List: []*ast.Field{{Type: ast.NewIdent("string")}}}},
		Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{
			&ast.CallExpr{Fun: &ast.SelectorExpr{X: v(), Sel: &ast.Ident{NamePos: pos, Name: method}}, Lparen: pos, Rparen: pos},
		}}}},
	}
	helper := &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: RuntimeAlias}, Sel: &ast.Ident{NamePos: pos, Name: SlogTextHelper}},
		Lparen: pos, Args: []ast.Expr{v(), text, ast.NewIdent(strconv.FormatBool(method == "Error"))}, Rparen: pos,
	}
	body := []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{helper}}}
	if _, isPtr := t.Underlying().(*types.Pointer); isPtr {
		// fmt prints a nil pointer whose method panics as <nil>: the
		// value itself goes to slog.
		body = append([]ast.Stmt{&ast.IfStmt{If: pos,
			Cond: &ast.BinaryExpr{X: v(), OpPos: pos, Op: token.EQL, Y: ast.NewIdent("nil")},
			Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{v()}}}},
		}}, body...)
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{List: []*ast.Field{{Names: []*ast.Ident{v()}, Type: typ}}},
			Results: &ast.FieldList{List: []*ast.Field{{Type: ast.NewIdent("any")}}}},
		Body: &ast.BlockStmt{List: body},
	}
	call.Args[i] = &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{arg}, Rparen: arg.End()}
}

// loggerMethods are the methods of a *slog.Logger that take values as
// anys: a part that calls one through a variable (logger.Info(...), the
// logger made in another part) need not name slog.
var loggerMethods = map[string]bool{
	"Debug": true, "Info": true, "Warn": true, "Error": true, "Log": true, "With": true,
	"DebugContext": true, "InfoContext": true, "WarnContext": true, "ErrorContext": true,
}

// callsLoggerMethod: the part calls a method of loggerMethods' names with
// arguments, the cheap test before type-checking.
func callsLoggerMethod(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && len(call.Args) > 0 {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && loggerMethods[sel.Sel.Name] {
				found = true
			}
		}
		return !found
	})
	return found
}

// mentionsName: the part has an identifier of that name (a package's,
// say), the cheap test before type-checking.
func mentionsName(file *ast.File, name string) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == name {
			found = true
		}
		return !found
	})
	return found
}

// refuseSlogValue ends the part on a value log/slog would log otherwise
// than Go does.
func (l *typedLowering) refuseSlogValue(arg ast.Expr, fn *types.Func, in *types.Named, why string) {
	l.fail(arg, "%s of a value holding %s: %s, so it would log the value otherwise than Go does (the interpreter hands native code a cell type's value without its methods); log values of basic types instead (its String() result, its fields), or give %s a LogValue method",
		slogFuncName(fn), in.Obj().Name(), why, in.Obj().Name())
}

// cellNamed is t when it is a type a cell declared, or a pointer to one.
func cellNamed(t *Types, typ types.Type) *types.Named {
	if p, ok := types.Unalias(typ).(*types.Pointer); ok {
		typ = p.Elem()
	}
	named, ok := types.Unalias(typ).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !cellPackage(t, named.Obj().Pkg()) {
		return nil
	}
	return named
}

// slogPrintMethods are the methods by which log/slog's handlers, through
// fmt, encoding and encoding/json, log a value handed to them as an any.
var slogPrintMethods = []string{"String", "Error", "Format", "MarshalText", "MarshalJSON"}

// slogMisprinted finds in typ, or in what it is made of (fields, pointers,
// elements), a cell type log/slog would log differently from Go: one with
// a method of slogPrintMethods (but the String or Error of handed, which
// lowerSlogText hands over), or a struct with an unexported field (fmt's
// %+v, which the text handler uses, and json name it as the interpreter's
// type does). why says which.
//
// fmt calls String, Error and Format only when the value's method set has
// them (a String on *T is not called for a T), encoding and json also on
// an addressable value's pointer.
func slogMisprinted(t *Types, typ types.Type, handed *types.Named, seen map[types.Type]bool) (*types.Named, string) {
	return slogMisprintedVia(t, typ, false, handed, seen)
}

func slogMisprintedVia(t *Types, typ types.Type, viaPointer bool, handed *types.Named, seen map[types.Type]bool) (*types.Named, string) {
	if seen[typ] {
		return nil, ""
	}
	seen[typ] = true
	switch u := types.Unalias(typ).(type) {
	case *types.Named:
		if u.Obj().Pkg() == nil || !cellPackage(t, u.Obj().Pkg()) {
			return nil, ""
		}
		for _, m := range slogPrintMethods {
			if u == handed && (m == "String" || m == "Error") {
				continue
			}
			var recv types.Type = u
			if viaPointer || strings.HasPrefix(m, "Marshal") {
				recv = types.NewPointer(u)
			}
			if obj, _, _ := types.LookupFieldOrMethod(recv, false, u.Obj().Pkg(), m); obj != nil {
				if _, isFunc := obj.(*types.Func); isFunc {
					return u, "log/slog cannot see its " + m + " method"
				}
			}
		}
		if st, ok := u.Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				if f := st.Field(i); !f.Exported() && !f.Embedded() {
					return u, "log/slog's text would name its unexported field " + f.Name() + " as the interpreter does (X" + f.Name() + ")"
				}
			}
		}
		return slogMisprinted(t, u.Underlying(), handed, seen)
	case *types.Pointer:
		return slogMisprintedVia(t, u.Elem(), true, handed, seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if n, why := slogMisprinted(t, u.Field(i).Type(), handed, seen); n != nil {
				return n, why
			}
		}
	}
	for _, e := range held(types.Unalias(typ)) {
		if n, why := slogMisprinted(t, e, handed, seen); n != nil {
			return n, why
		}
	}
	return nil, ""
}

// slogFuncName names fn as the user wrote it: slog.Info, Logger.Info.
func slogFuncName(fn *types.Func) string {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return "slog." + fn.Name()
	}
	recv := sig.Recv().Type()
	if p, ok := recv.(*types.Pointer); ok {
		recv = p.Elem()
	}
	if n, ok := recv.(*types.Named); ok {
		return "slog." + n.Obj().Name() + "." + fn.Name()
	}
	return "slog." + fn.Name()
}
