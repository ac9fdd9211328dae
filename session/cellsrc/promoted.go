package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// Method selections yaegi gets wrong, rewritten from go/types' answers.
//
// yaegi v0.16.1 cannot call a method that a struct promotes from an
// interface it embeds: with `type Service struct{ Logger }`, svc.Log(s)
// panics with "invalid interface value", where svc.Logger.Log(s) runs (and
// a Service assigned to a Logger works). Nor does it call the right method
// of a library type the session stands in for with a struct of its own
// (the *log.Logger of `type Job struct{ Command string; *log.Logger }`,
// whose job.Prefix() called Panic, and job.Println panicked). Calls of a
// library type's methods it gets right (job.Logger.Println).
// lowerPromotedInterfaceMethods writes the embedded fields out, x.M
// becoming x.Logger.M, for each selection go/types resolved through an
// embedded field of interface type, or of a library's type for one of its
// methods. Only a part of a session whose cells declared types is checked.
func lowerPromotedInterfaceMethods(f *File, opts Options) *cellio.Error {
	if !opts.CellTypes && !declaresTypes(f.AST) && !hasSelectorOperand(f.AST, opts.Global) {
		return nil
	}
	if !hasValueSelector(f.AST, opts.Global) {
		return nil
	}
	t := f.types(opts)
	if t == nil || t.Info == nil || t.Info.Selections == nil {
		return nil
	}
	// A deferred call's method is bound as a method value is: Go
	// evaluates the receiver at the defer, yaegi when the function
	// returns (`r := &Res{n}; defer r.Close()` in a loop closed the last
	// one each time). So is a go statement's: the go statements' pass
	// hands the method to the runner as a method value, whose receiver
	// yaegi read when the goroutine called it (`go p.dine()` in a range
	// over philosophers ran the last one in every goroutine).
	called := map[*ast.SelectorExpr]bool{}
	deferred := map[*ast.SelectorExpr]bool{}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		var call *ast.CallExpr
		switch n := n.(type) {
		case *ast.DeferStmt:
			call = n.Call
		case *ast.GoStmt:
			call = n.Call
		}
		if call != nil {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				deferred[sel] = true
			}
		}
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && !deferred[sel] {
				called[sel] = true
			}
		}
		return true
	})
	ast.Inspect(f.AST, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s := t.Info.Selections[sel]
		if s == nil || s.Kind() != types.MethodVal || len(s.Index()) < 2 {
			return true
		}
		path := embeddedPath(s.Recv(), s.Index()[:len(s.Index())-1])
		through := -1
		native := false
		if m, ok := s.Obj().(*types.Func); ok && m.Pkg() != nil && !cellPackage(t, m.Pkg()) {
			native = true
		}
		for i, field := range path {
			if types.IsInterface(field.Type()) || native && libraryNamed(t, field.Type()) {
				through = i
				break
			}
		}
		if through < 0 {
			return true
		}
		x := sel.X
		for _, field := range path[:through+1] {
			x = &ast.SelectorExpr{X: x, Sel: &ast.Ident{NamePos: sel.Sel.NamePos, Name: field.Name()}}
		}
		sel.X = x
		return true
	})
	l := &typedLowering{f: f, t: t}
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		sel, ok := x.(*ast.SelectorExpr)
		if !ok || called[sel] || l.err != nil {
			return x
		}
		if s := t.Info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			return l.boundMethodValue(sel, s)
		}
		return x
	})
	return l.err
}

// boundMethodValue writes x.M, a method value of a cell type's method, as
// a function literal that takes the receiver as its argument,
// `func(r T) func(...) ... { return r.M }(x)`, so that the receiver is
// evaluated when the method value is made, as Go evaluates it: yaegi
// keeps the variable, and the method value sees later changes to it. For
// a value receiver that is a copy of the value; for a pointer receiver
// reached through a pointer, the pointer (c.Inc for each c of a range
// over []*Counter bound every method value to the last counter). A
// pointer receiver of an addressable value is handed &x, which Go takes
// when the method value is made; a package-level variable needs nothing,
// as its address does not change.
func (l *typedLowering) boundMethodValue(sel *ast.SelectorExpr, s *types.Selection) ast.Expr {
	if libraryInterfaceType(l.t, s.Recv()) && len(s.Index()) == 1 {
		return l.boundInterfaceMethodValue(sel, s)
	}
	method, ok := s.Obj().(*types.Func)
	if ok && types.IsInterface(s.Recv()) && (method.Pkg() == nil || !cellPackage(l.t, method.Pkg())) {
		return l.boundEmbeddedInterfaceMethod(sel, s)
	}
	if !ok || method.Pkg() == nil || !cellPackage(l.t, method.Pkg()) {
		return sel
	}
	sig, ok := method.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return sel
	}
	recvType := sig.Recv().Type()
	if types.IsInterface(recvType) {
		return sel
	}
	if _, isPtr := recvType.(*types.Pointer); isPtr {
		return l.boundPointerMethodValue(sel, s, recvType)
	}
	pos := sel.Pos()
	recv := sel.X
	for _, field := range embeddedPath(s.Recv(), s.Index()[:len(s.Index())-1]) {
		recv = &ast.SelectorExpr{X: recv, Sel: &ast.Ident{NamePos: pos, Name: field.Name()}}
	}
	if _, isPtr := s.Recv().Underlying().(*types.Pointer); isPtr && len(s.Index()) == 1 {
		recv = &ast.StarExpr{Star: pos, X: recv}
	} else if len(s.Index()) > 1 {
		path := embeddedPath(s.Recv(), s.Index()[:len(s.Index())-1])
		if _, isPtr := path[len(path)-1].Type().Underlying().(*types.Pointer); isPtr {
			recv = &ast.StarExpr{Star: pos, X: recv}
		}
	}
	return l.methodValueOnce(sel, recvType, s.Type(), recv)
}

// boundPointerMethodValue is boundMethodValue for a method with a pointer
// receiver selected directly on an expression of that pointer type.
// On an addressable value other than a variable (accs[i].Add, p.c.Add)
// Go takes its address when the method value is made; yaegi took it when
// the method value was called (accs[i].Add for each i bound every one to
// the last element, silently): the literal is handed &x.
func (l *typedLowering) boundPointerMethodValue(sel *ast.SelectorExpr, s *types.Selection, recvType types.Type) ast.Expr {
	arg := sel.X
	if len(s.Index()) != 1 {
		return l.boundPromotedPointerMethodValue(sel, s, recvType)
	}
	if !types.Identical(s.Recv(), recvType) {
		// A package-level variable keeps its address; a local one
		// declared in a loop's body has a new one each iteration, which
		// yaegi's method value did not see (r.Close appended to a slice
		// in a loop closed the last r each time).
		if l.packageVar(sel.X) || !types.Identical(s.Recv(), recvType.(*types.Pointer).Elem()) || !l.addressable(sel.X) {
			return sel
		}
		arg = &ast.UnaryExpr{OpPos: sel.X.Pos(), Op: token.AND, X: sel.X}
	}
	if !nameableReceiver(recvType) {
		return sel
	}
	return l.methodValueOnce(sel, recvType, s.Type(), arg)
}

// nameableReceiver: recvType, a pointer to a named type, can be written in
// the literal that binds a method value. A local type, or an instance
// whose type arguments are type parameters (a method of a generic type
// starting a goroutine on its own receiver), is left as it was: the
// literal would have to name it where yaegi's scopes or generics may not.
// An instance of a package-level generic type with concrete arguments
// (*Box[int]) yaegi takes.
func nameableReceiver(recvType types.Type) bool {
	named, ok := recvType.(*types.Pointer).Elem().(*types.Named)
	return ok && named.TypeParams().Len() == named.TypeArgs().Len() && !mentionsTypeParam(named) &&
		named.Obj().Pkg() != nil && named.Obj().Parent() == named.Obj().Pkg().Scope()
}

// boundPromotedPointerMethodValue is boundPointerMethodValue for a method
// promoted from an embedded field (o.Close of `struct{ *Conn }`, or of
// `struct{ Conn }`): yaegi read the embedded field when the method value
// was called (go o.Close() in a range over such structs closed the last
// one each time). Go reads the field when the method value is made, or
// takes its address for an embedded value, so the literal is handed
// o.Conn or &o.Conn.
func (l *typedLowering) boundPromotedPointerMethodValue(sel *ast.SelectorExpr, s *types.Selection, recvType types.Type) ast.Expr {
	path := embeddedPath(s.Recv(), s.Index()[:len(s.Index())-1])
	if len(path) == 0 || !nameableReceiver(recvType) {
		return sel
	}
	var arg ast.Expr = sel.X
	for _, field := range path {
		arg = &ast.SelectorExpr{X: arg, Sel: &ast.Ident{NamePos: sel.Sel.NamePos, Name: field.Name()}}
	}
	last := path[len(path)-1].Type()
	switch {
	case types.Identical(last, recvType):
	case types.Identical(last, recvType.(*types.Pointer).Elem()):
		// Through a pointer the field is addressable; otherwise x must be.
		if !s.Indirect() && (l.packageVar(sel.X) || !l.addressable(sel.X)) {
			return sel
		}
		arg = &ast.UnaryExpr{OpPos: sel.X.Pos(), Op: token.AND, X: arg}
	default:
		return sel
	}
	return l.methodValueOnce(sel, recvType, s.Type(), arg)
}

// boundInterfaceMethodValue is boundMethodValue for a method selected on
// a value of a library's interface type (fmt.Stringer, io.Reader, error).
// yaegi takes reflect's method value of the variable itself, which reads
// the interface when it is called: `str := s.String; s = other` made str
// call other's method, and v.String appended in a range over a
// []fmt.Stringer called the last element's each time, silently. Go takes
// the dynamic value when the method value is made. A type the cell cannot
// name leaves the selector as it was.
func (l *typedLowering) boundInterfaceMethodValue(sel *ast.SelectorExpr, s *types.Selection) ast.Expr {
	if _, ok := l.nameType(sel, s.Recv()); !ok {
		return sel
	}
	if _, ok := l.nameType(sel, s.Type()); !ok {
		return sel
	}
	return l.methodValueOnce(sel, s.Recv(), s.Type(), sel.X)
}

// boundEmbeddedInterfaceMethod is boundMethodValue for a method a cell's
// interface embeds from a library's (Read of `type RW interface {
// io.Reader; Name() string }`), whose method value yaegi refuses ("too
// many arguments" at its call): a function literal that calls the method
// of the receiver taken when the method value is made,
//
//	func(__gogil_recv R) T { return func(p0 P0) R0 { return __gogil_recv.M(p0) } }(x)
//
// A type the cell cannot name leaves the selector as it was.
func (l *typedLowering) boundEmbeddedInterfaceMethod(sel *ast.SelectorExpr, s *types.Selection) ast.Expr {
	sig, ok := s.Type().(*types.Signature)
	if !ok {
		return sel
	}
	if _, ok := l.nameType(sel, s.Recv()); !ok {
		return sel
	}
	if _, ok := l.nameType(sel, sig); !ok {
		return sel
	}
	pos := sel.Pos()
	ident := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	inner := l.forwardingLiteral(sel, sig, "__gogil_recv", false, nil)
	outer := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{Opening: pos, List: []*ast.Field{{Names: []*ast.Ident{ident("__gogil_recv")}, Type: l.typeExpr(sel, s.Recv())}}, Closing: pos},
			Results: &ast.FieldList{List: []*ast.Field{{Type: l.typeExpr(sel, sig)}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{inner}}}, Rbrace: pos},
	}
	return &ast.CallExpr{Fun: outer, Lparen: pos, Args: []ast.Expr{sel.X}, Rparen: pos}
}

// libraryInterfaceType: t is error or an interface type a library package
// names; a cell's interfaces yaegi binds right.
func libraryInterfaceType(t *Types, typ types.Type) bool {
	named, ok := typ.(*types.Named)
	if !ok || !types.IsInterface(named) {
		return false
	}
	pkg := named.Obj().Pkg()
	return pkg == nil || !cellPackage(t, pkg)
}

// packageVar: x names a variable of the package scope, an earlier
// cell's or this part's.
func (l *typedLowering) packageVar(x ast.Expr) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := l.t.Info.Uses[id].(*types.Var)
	return ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

// addressable: x is an element of a slice or an array variable, or a
// field reached from one or through a pointer, whose address & takes.
func (l *typedLowering) addressable(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		_, ok := l.t.Info.Uses[x].(*types.Var)
		return ok
	case *ast.IndexExpr:
		tv, ok := l.t.Info.Types[x.X]
		if !ok || tv.Type == nil {
			return false
		}
		switch u := tv.Type.Underlying().(type) {
		case *types.Slice:
			return true
		case *types.Pointer:
			_, isArray := u.Elem().Underlying().(*types.Array)
			return isArray
		case *types.Array:
			return l.addressable(x.X)
		}
	case *ast.SelectorExpr:
		s, ok := l.t.Info.Selections[x]
		if !ok {
			// An embedded field a pass wrote out (promotedfields.go),
			// typed but not selected by go/types: a field of x.X.
			if _, typed := l.t.Info.Types[x]; !typed {
				return false
			}
			tv, typed := l.t.Info.Types[x.X]
			if !typed || tv.Type == nil {
				return false
			}
			if _, isPtr := tv.Type.Underlying().(*types.Pointer); isPtr {
				return true
			}
			return l.addressable(x.X)
		}
		if s.Kind() != types.FieldVal {
			return false
		}
		if _, isPtr := s.Recv().Underlying().(*types.Pointer); isPtr || s.Indirect() {
			return true
		}
		return l.addressable(x.X)
	case *ast.StarExpr:
		return true
	}
	return false
}

// embeddedPath is the fields a selection's index path goes through from
// recv, pointers followed.
func embeddedPath(recv types.Type, index []int) []*types.Var {
	var path []*types.Var
	t := recv
	for _, i := range index {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return nil
		}
		field := st.Field(i)
		path = append(path, field)
		t = field.Type()
	}
	return path
}

func declaresTypes(file *ast.File) bool {
	for _, d := range file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			return true
		}
	}
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if gd, ok := n.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			found = true
		}
		return !found
	})
	return found
}

// hasValueSelector: a method call or method value needs a selector that
// is not a package's name.
func hasValueSelector(file *ast.File, global func(string) bool) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && !qualifiedIdent(sel, global) {
			found = true
		}
		return !found
	})
	return found
}

// hasSelectorOperand: a selector that is not a package's name is used
// as a value, not called (assigned, passed, returned, sent, put in a
// literal): it may be a method value, which a part without types of its
// own (or of earlier cells) needs go/types to tell from a field.
func hasSelectorOperand(file *ast.File, global func(string) bool) bool {
	found := false
	operand := func(xs ...ast.Expr) {
		for _, x := range xs {
			if kv, ok := x.(*ast.KeyValueExpr); ok {
				x = kv.Value
			}
			if sel, ok := ast.Unparen(x).(*ast.SelectorExpr); ok && !qualifiedIdent(sel, global) {
				found = true
			}
		}
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			operand(n.Rhs...)
		case *ast.ValueSpec:
			operand(n.Values...)
		case *ast.CallExpr:
			operand(n.Args...)
		case *ast.CompositeLit:
			operand(n.Elts...)
		case *ast.ReturnStmt:
			operand(n.Results...)
		case *ast.SendStmt:
			operand(n.Value)
		}
		return !found
	})
	return found
}

// qualifiedIdent says that sel is a package's name and one of its
// exported names (fmt.Println, os.Args): its X is declared neither in the
// part nor, by global (if not nil), as a variable of an earlier cell.
func qualifiedIdent(sel *ast.SelectorExpr, global func(string) bool) bool {
	x, ok := sel.X.(*ast.Ident)
	return ok && x.Obj == nil && (global == nil || !global(x.Name))
}

// methodValueOnce is sel, a method value, taken from recv once:
// func(__gogil_recv R) T { return __gogil_recv.M }(recv), R the receiver's
// type and T the method value's.
func (l *typedLowering) methodValueOnce(sel *ast.SelectorExpr, recvType, valueType types.Type, recv ast.Expr) ast.Expr {
	pos := sel.Pos()
	name := &ast.Ident{NamePos: pos, Name: "__gogil_recv"}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{Opening: pos, List: []*ast.Field{{Names: []*ast.Ident{name}, Type: l.typeExpr(sel, recvType)}}, Closing: pos},
			Results: &ast.FieldList{List: []*ast.Field{{Type: l.typeExpr(sel, valueType)}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{
			&ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: name.Name}, Sel: &ast.Ident{NamePos: sel.Sel.NamePos, Name: sel.Sel.Name}},
		}}}, Rbrace: pos},
	}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{recv}, Rparen: pos}
}

// libraryNamed: t is a named type of a library package (not a cell's), or
// a pointer to one.
func libraryNamed(t *Types, typ types.Type) bool {
	if p, ok := typ.(*types.Pointer); ok {
		typ = p.Elem()
	}
	named, ok := typ.(*types.Named)
	return ok && named.Obj().Pkg() != nil && !cellPackage(t, named.Obj().Pkg())
}
