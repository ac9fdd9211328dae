package cellsrc

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// yaegi builds a cell's struct type with reflect, which cannot embed a
// library interface's methods: with more fields than the embedded
// interface, `type rd struct{ io.Reader; name string }` handed to
// io.ReadAll failed with "method not found: Read"; as the one field (yaegi
// marks it embedded for reflect then), `type reverse struct{
// sort.Interface }` (Effective Go's sort.Reverse) or `type wrapped struct{
// error }` panicked the first time a value went to library code, and fmt
// printed the panic as the value. An interface a cell declares is a
// struct to reflect, and its methods are promoted right.
//
// So a top-level struct type's embedded library interface (or error)
// becomes a field named as Go names the embedded one (Interface, Reader,
// error), which keeps the selectors r.Interface and the literals
// reverse{x} and reverse{Interface: x}, and the type gets a method with a
// value receiver forwarding to the field for each of the interface's
// methods that go/types promotes to it (not the ones the struct declares
// itself, nor those another embedded field makes ambiguous). A struct type
// declared in a function cannot have methods: it is refused, and so is a
// method a later part declares that a forwarding one already stands for
// (the runner, told of them by ForwardedMethods, refuses it as a method
// declared again: the interpreter keeps a method's first body).

// embedsLibraryInterface is the cheap syntactic test: a struct type has an
// embedded field that may be a library's interface (error, or pkg.T).
func embedsLibraryInterface(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		st, ok := n.(*ast.StructType)
		if !ok || st.Fields == nil {
			return !found
		}
		for _, fd := range st.Fields.List {
			if len(fd.Names) != 0 {
				continue
			}
			switch e := fd.Type.(type) {
			case *ast.Ident:
				found = found || e.Name == "error"
			case *ast.SelectorExpr:
				found = true
			}
		}
		return !found
	})
	return found
}

func lowerEmbeddedLibraryInterfaces(f *File, opts Options) *cellio.Error {
	f.forwarded = nil
	if !embedsLibraryInterface(f.AST) {
		return nil
	}
	top := map[*ast.TypeSpec]bool{}
	for _, ts := range topTypeSpecs(f.AST) {
		top[ts] = true
	}
	var err *cellio.Error
	var methods []ast.Decl
	ast.Inspect(f.AST, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || err != nil {
			return err == nil
		}
		st, ok := ts.Type.(*ast.StructType)
		if !ok || st.Fields == nil {
			return true
		}
		var embedded []*ast.Field
		for _, fd := range st.Fields.List {
			if len(fd.Names) == 0 && libraryInterface(f, opts, fd.Type) {
				embedded = append(embedded, fd)
			}
		}
		if len(embedded) == 0 {
			return true
		}
		if typed := f.types(opts); typed != nil && typed.Info != nil && top[ts] && !ts.Assign.IsValid() {
			var m []ast.Decl
			if m, err = forwardEmbedded(f, opts, ts, st, embedded); err == nil {
				methods = append(methods, m...)
				return true
			}
			return false
		}
		field := embedded[0].Type
		name := types.ExprString(field)
		err = f.compileError(field, "the struct type %s, declared inside a function, embeds %s, which gogil cannot run: its interpreter builds the type with reflect, which cannot promote a library interface's methods, and gogil forwards them with methods, which a type declared in a function cannot have; declare the type at the top level of the cell",
			ts.Name.Name, name)
		return false
	})
	f.AST.Decls = append(f.AST.Decls, methods...)
	return err
}

// forwardEmbedded names the embedded fields of ts and writes the methods
// that forward to them.
func forwardEmbedded(f *File, opts Options, ts *ast.TypeSpec, st *ast.StructType, embedded []*ast.Field) ([]ast.Decl, *cellio.Error) {
	t := f.types(opts)
	obj, ok := t.Info.Defs[ts.Name].(*types.TypeName)
	if !ok {
		return nil, f.compileError(ts.Name, "gogil could not type the struct type %s, which embeds %s", ts.Name.Name, types.ExprString(embedded[0].Type))
	}
	l := &typedLowering{f: f, t: t}
	// The index of each embedded field among the struct's fields.
	index := map[int]*ast.Field{}
	i := 0
	for _, fd := range st.Fields.List {
		for _, e := range embedded {
			if fd == e {
				index[i] = fd
			}
		}
		if len(fd.Names) == 0 {
			i++
		} else {
			i += len(fd.Names)
		}
	}
	names := map[*ast.Field]string{}
	for _, fd := range embedded {
		switch e := fd.Type.(type) {
		case *ast.Ident:
			names[fd] = e.Name
		case *ast.SelectorExpr:
			names[fd] = e.Sel.Name
		}
	}
	var decls []ast.Decl
	// The pointer's method set holds every method a selector finds: one
	// the struct declares with either receiver hides the promoted one.
	ms := types.NewMethodSet(types.NewPointer(obj.Type()))
	for k := range ms.Len() {
		sel := ms.At(k)
		path := sel.Index()
		fd, ok := index[path[0]]
		if !ok || len(path) != 2 {
			continue
		}
		fn, ok := sel.Obj().(*types.Func)
		if !ok || !fn.Exported() {
			// A library's unexported method no cell type can have.
			continue
		}
		d, msg := l.forwarder(ts, names[fd], fn)
		if msg != "" {
			return nil, f.compileError(fd.Type, "the struct type %s embeds %s, whose method %s gogil forwards with a method of its own, and cannot: %s", ts.Name.Name, types.ExprString(fd.Type), fn.Name(), msg)
		}
		decls = append(decls, d)
		f.forwarded = append(f.forwarded, ts.Name.Name+"."+fn.Name()+"\x00"+types.ExprString(fd.Type))
	}
	for _, fd := range embedded {
		fd.Names = []*ast.Ident{{NamePos: fd.Type.Pos(), Name: names[fd]}}
	}
	return decls, nil
}

// forwarder is `func (r T) M(p0 A, p1 ...B) R { return r.field.M(p0, p1...) }`.
func (l *typedLowering) forwarder(ts *ast.TypeSpec, field string, fn *types.Func) (ast.Decl, string) {
	pos := ts.Name.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	sig := fn.Type().(*types.Signature)
	params := &ast.FieldList{Opening: pos, Closing: pos}
	var args []ast.Expr
	for i := range sig.Params().Len() {
		pt := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			x, msg := l.writeType(ts.Name, pt.(*types.Slice).Elem())
			if msg != "" {
				return nil, msg
			}
			name := fmt.Sprintf("__gogil_p%d", i)
			params.List = append(params.List, &ast.Field{Names: []*ast.Ident{id(name)}, Type: &ast.Ellipsis{Ellipsis: pos, Elt: x}})
			args = append(args, id(name))
			continue
		}
		x, msg := l.writeType(ts.Name, pt)
		if msg != "" {
			return nil, msg
		}
		name := fmt.Sprintf("__gogil_p%d", i)
		params.List = append(params.List, &ast.Field{Names: []*ast.Ident{id(name)}, Type: x})
		args = append(args, id(name))
	}
	var results *ast.FieldList
	if sig.Results().Len() > 0 {
		results = &ast.FieldList{Opening: pos, Closing: pos}
		for i := range sig.Results().Len() {
			x, msg := l.writeType(ts.Name, sig.Results().At(i).Type())
			if msg != "" {
				return nil, msg
			}
			results.List = append(results.List, &ast.Field{Type: x})
		}
	}
	call := &ast.CallExpr{Fun: &ast.SelectorExpr{X: &ast.SelectorExpr{X: id("__gogil_r"), Sel: id(field)}, Sel: id(fn.Name())}, Lparen: pos, Args: args, Rparen: pos}
	if sig.Variadic() {
		call.Ellipsis = pos
	}
	var body ast.Stmt = &ast.ExprStmt{X: call}
	if results != nil {
		body = &ast.ReturnStmt{Return: pos, Results: []ast.Expr{call}}
	}
	return &ast.FuncDecl{
		Recv: &ast.FieldList{Opening: pos, List: []*ast.Field{{Names: []*ast.Ident{id("__gogil_r")}, Type: receiverType(ts)}}, Closing: pos},
		Name: id(fn.Name()),
		Type: &ast.FuncType{Func: pos, Params: params, Results: results},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{body}, Rbrace: pos},
	}, ""
}

// ForwardedMethods are the methods the last Lower of this part wrote to
// forward to an embedded library interface, by key ("reverse.Len"), each
// with what it says in place of the method's text.
func (f *File) ForwardedMethods() map[string]string {
	out := map[string]string{}
	for _, kv := range f.forwarded {
		key, field, _ := strings.Cut(kv, "\x00")
		out[key] = "(gogil's method forwarding to the embedded " + field + ")"
	}
	return out
}

// receiverType is T, or T[P, Q] for a generic T.
func receiverType(ts *ast.TypeSpec) ast.Expr {
	pos := ts.Name.Pos()
	name := &ast.Ident{NamePos: pos, Name: ts.Name.Name}
	if ts.TypeParams == nil {
		return name
	}
	var params []ast.Expr
	for _, fd := range ts.TypeParams.List {
		for _, p := range fd.Names {
			params = append(params, &ast.Ident{NamePos: pos, Name: p.Name})
		}
	}
	if len(params) == 1 {
		return &ast.IndexExpr{X: name, Lbrack: pos, Index: params[0], Rbrack: pos}
	}
	return &ast.IndexListExpr{X: name, Lbrack: pos, Indices: params, Rbrack: pos}
}

// libraryInterface reports whether the embedded type e is error or an
// interface with methods from a package.
func libraryInterface(f *File, opts Options, e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		if e.Name != "error" {
			return false
		}
	case *ast.SelectorExpr:
		if _, ok := e.X.(*ast.Ident); !ok {
			return false
		}
	default:
		return false
	}
	t := f.types(opts)
	if t == nil || t.Info == nil {
		// Unchecked, only the universe's error is certain.
		id, ok := e.(*ast.Ident)
		return ok && id.Name == "error"
	}
	tv, ok := t.Info.Types[e]
	return ok && isLibraryInterface(tv.Type)
}

// isLibraryInterface: t is error or a package's interface with methods.
func isLibraryInterface(t types.Type) bool {
	named, ok := t.(*types.Named)
	if !ok {
		return false
	}
	iface, ok := named.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return false
	}
	pkg := named.Obj().Pkg()
	return pkg == nil || pkg.Path() != "main"
}
