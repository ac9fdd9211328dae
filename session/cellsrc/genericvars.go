package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 initializes a package-level variable from a call of a
// generic function wrongly: `var y = id(2)` panicked with "nil reflect
// type", and `var y int = id[int](2)`, as the instantiation pass writes
// it, left y 0, silently, in a program as in a cell. The same call in a
// function body is right, so lowerGenericVarInits gives such an
// initializer a function of its own, called at once:
//
//	var y int = id[int](2)  →  var y int = func() int { return id[int](2) }()
//
// It runs after the typed pass, which writes the type arguments and the
// variables' types. An initializer that reads a variable of an earlier
// part is refused, with the workaround: in the literal, the interpreter
// fails to order it (defloop.go).
func lowerGenericVarInits(f *File, opts Options) *cellio.Error {
	own := map[string]bool{}
	for _, d := range f.AST.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Type.TypeParams != nil && len(fd.Type.TypeParams.List) > 0 {
			own[fd.Name.Name] = true
		}
	}
	generic := func(name string) bool { return own[name] || opts.Generic != nil && opts.Generic(name) }
	var l *typedLowering
	for _, d := range f.AST.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			if !callsGeneric(vs.Values, generic) {
				continue
			}
			if l == nil {
				if l = f.typedLowering(opts); l == nil {
					return nil
				}
			}
			if name := readsGlobal(vs.Values, opts.Global); name != "" {
				// The literal would name a variable of an earlier
				// compilation, which the interpreter fails to order
				// ("variable definition loop"; defloop.go).
				l.fail(vs, "the interpreter (yaegi v0.16.1) cannot initialize a package-level variable by a call of a generic function that reads a variable of an earlier part (%s): declare it with := among the statements (%s := ...)", name, vs.Names[0].Name)
				return l.err
			}
			l.wrapGenericInit(vs)
		}
	}
	if l == nil {
		return nil
	}
	return l.err
}

// readsGlobal is the first name among values that global says is a
// variable of an earlier part, or "".
func readsGlobal(values []ast.Expr, global func(string) bool) string {
	if global == nil {
		return ""
	}
	name := ""
	for _, v := range values {
		ast.Inspect(v, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && name == "" && global(id.Name) {
				name = id.Name
			}
			return name == ""
		})
	}
	return name
}

// callsGeneric: one of values calls a function generic says is generic,
// outside function literals.
func callsGeneric(values []ast.Expr, generic func(string) bool) bool {
	found := false
	for _, v := range values {
		ast.Inspect(v, func(n ast.Node) bool {
			if _, ok := n.(*ast.FuncLit); ok {
				return false // called later, if at all, as a function
			}
			if call, ok := n.(*ast.CallExpr); ok {
				fun := ast.Unparen(call.Fun)
				switch x := fun.(type) {
				case *ast.IndexExpr:
					fun = x.X
				case *ast.IndexListExpr:
					fun = x.X
				}
				if id, ok := fun.(*ast.Ident); ok && generic(id.Name) {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// wrapGenericInit writes the values of vs each in a function literal of
// its type, or the one value of several results in one of their types.
func (l *typedLowering) wrapGenericInit(vs *ast.ValueSpec) {
	info := l.t.Info
	wrap := func(v ast.Expr, results []types.Type) ast.Expr {
		pos := v.Pos()
		var fields []*ast.Field
		for _, t := range results {
			var tx ast.Expr
			if vs.Type != nil {
				tx = vs.Type
			} else {
				tx = l.typeExpr(v, t)
			}
			fields = append(fields, &ast.Field{Type: tx})
		}
		lit := &ast.FuncLit{
			Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}, Results: &ast.FieldList{Opening: pos, List: fields, Closing: pos}},
			Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{v}}}, Rbrace: pos},
		}
		return &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: pos}
	}
	if len(vs.Values) == len(vs.Names) {
		for i, v := range vs.Values {
			t := info.TypeOf(vs.Names[i])
			if t == nil {
				if obj := info.Defs[vs.Names[i]]; obj != nil {
					t = obj.Type()
				}
			}
			if t == nil && vs.Type == nil {
				continue
			}
			vs.Values[i] = wrap(v, []types.Type{t})
		}
		return
	}
	if len(vs.Values) == 1 {
		tuple, ok := info.TypeOf(vs.Values[0]).(*types.Tuple)
		if !ok || tuple.Len() != len(vs.Names) {
			return
		}
		var results []types.Type
		for i := range tuple.Len() {
			results = append(results, tuple.At(i).Type())
		}
		vs.Values[0] = wrap(vs.Values[0], results)
	}
}
