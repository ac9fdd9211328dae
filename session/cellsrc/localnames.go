package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// A type declared in a function body has no name in the interpreter:
// yaegi gives it the reflect type of its underlying type, and registers
// it nowhere the runner could look it up. A value of such a type printed
// from a variable of its own type prints right (its static type is
// described, typedArg), but in an interface it is a plain struct or
// number to fmt: %T and %#v printed struct { A int; B int } where Go
// prints main.pair, silently. Those verbs on an interface that may hold
// such a type end the cell with an error naming it; a cell that stands
// alone runs as a program. A local type may be held where a value of it
// (or a composite of it) is converted to an interface: passed, assigned,
// returned, sent or put in a literal where an interface is wanted; a
// library function that keeps no value it is handed (json.Marshal) gives
// none back.

// refuseLocalTypeNames fails the lowering where argument at of call, of
// static type t, prints a type's name (%T, %#v, or a format it cannot
// read) through an interface that may hold a type declared in a function
// body.
func (l *typedLowering) refuseLocalTypeNames(arg ast.Expr, at int, verbs []formatVerb, known, printf bool, t types.Type) {
	if !printf || known && (at >= len(verbs) || verbs[at].letter != 'T' && !(verbs[at].letter == 'v' && verbs[at].sharp)) {
		return
	}
	ifaces := heldInterfaces(t, map[types.Type]bool{})
	if len(ifaces) == 0 {
		return
	}
	refuse := func(name string) {
		l.fail(arg, "printing the type of a value held in an interface (%s) where the type %s, declared in a function body, may be that value's is not supported by gogil: the interpreter gives a type declared in a function no name, so fmt would print its underlying type where Go prints main.%s; declare %s at the top level of the cell, or print the value from a variable of its own type",
			types.ExprString(arg), name, name, name)
	}
	for _, tn := range l.localTypesInInterfaces() {
		for _, iface := range ifaces {
			if mayImplement(tn.Type(), iface) {
				refuse(tn.Name())
				return
			}
		}
	}
	// An earlier part's local type has no methods that name this part's
	// interfaces: only an empty one may hold it.
	if len(l.t.BoxedLocalTypes) > 0 && slices.ContainsFunc(ifaces, func(i *types.Interface) bool { return i.NumMethods() == 0 }) {
		refuse(l.t.BoxedLocalTypes[0])
	}
}

// BoxedLocalTypes are the names of the types declared in the function
// bodies of file, a part typed with t (Defs, Uses, Types, Selections and
// Scopes), whose values, or composites of them, file converts to an
// interface. The world keeps them for the later parts' printing calls.
func BoxedLocalTypes(t *Types, file *ast.File) []string {
	l := &typedLowering{f: &File{AST: file}, t: t}
	var names []string
	for _, tn := range l.localTypesInInterfaces() {
		names = append(names, tn.Name())
	}
	return names
}

// DeclaresLocalType: file declares a type in a function body.
func DeclaresLocalType(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body != nil {
				found = found || hasTypeDecl(n.Body)
			}
			return false
		case *ast.FuncLit:
			found = found || hasTypeDecl(n.Body)
			return false
		}
		return !found
	})
	return found
}

func hasTypeDecl(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if d, ok := n.(*ast.GenDecl); ok && d.Tok == token.TYPE {
			found = true
		}
		return !found
	})
	return found
}

// localTypesInInterfaces are the types declared in the cell's function
// bodies whose values, or composites of them, the cell converts to an
// interface; found once for the part, whose every %T of an interface
// asks.
func (l *typedLowering) localTypesInInterfaces() []*types.TypeName {
	if l.boxedLocals == nil {
		boxed := l.findLocalTypesInInterfaces()
		l.boxedLocals = &boxed
	}
	return *l.boxedLocals
}

func (l *typedLowering) findLocalTypesInInterfaces() []*types.TypeName {
	scope := l.mainScope()
	if scope == nil {
		return nil
	}
	locals := map[*types.TypeName]bool{}
	for ident, obj := range l.t.Info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || !inMain(tn) || tn.Parent() == scope || tn.IsAlias() || ident.Name == "_" {
			continue
		}
		if _, param := tn.Type().(*types.TypeParam); !param {
			locals[tn] = false
		}
	}
	if len(locals) == 0 {
		return nil
	}
	// A printing call's arguments print by their static types;
	// encoding/json or sort reads a value it is handed and gives none
	// back.
	skip := func(call *ast.CallExpr) bool {
		return l.isPrintCall(call) || l.libraryFunction(call.Fun) && !keepsValues(l.calledFunc(call.Fun))
	}
	l.eachInterfaceOperand(l.f.AST, skip, func(x ast.Expr) bool {
		if tv, ok := l.t.Info.Types[x]; ok && tv.Type != nil {
			markLocals(tv.Type, locals, map[types.Type]bool{})
		}
		return true
	})
	var boxed []*types.TypeName
	for tn, ok := range locals {
		if ok {
			boxed = append(boxed, tn)
		}
	}
	slices.SortFunc(boxed, func(a, b *types.TypeName) int { return strings.Compare(a.Name(), b.Name()) })
	return boxed
}

// keepsValues: fn, a library's, may give back a value handed to it in an
// interface (a list's element, a context's value, a sync.Map's).
func keepsValues(fn *types.Func) bool {
	switch fn.Pkg().Path() {
	case "container/list", "container/ring", "container/heap", "context", "sync", "sync/atomic":
		return true
	}
	return false
}

// markLocals marks the local types t is or holds.
func markLocals(t types.Type, locals map[*types.TypeName]bool, seen map[types.Type]bool) {
	if seen[t] {
		return
	}
	seen[t] = true
	if n, ok := types.Unalias(t).(*types.Named); ok {
		if _, local := locals[n.Obj()]; local {
			locals[n.Obj()] = true
		}
		for a := range n.TypeArgs().Types() {
			markLocals(a, locals, seen)
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for f := range u.Fields() {
			markLocals(f.Type(), locals, seen)
		}
	case *types.Chan:
		markLocals(u.Elem(), locals, seen)
	default:
		for _, e := range held(u) {
			markLocals(e, locals, seen)
		}
	}
}

// heldInterfaces are the interfaces t is or holds: its elements, keys and
// the fields of its structs, as fmt's %#v walks them.
func heldInterfaces(t types.Type, seen map[types.Type]bool) []*types.Interface {
	if seen[t] {
		return nil
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return []*types.Interface{u}
	case *types.Struct:
		var ifaces []*types.Interface
		for f := range u.Fields() {
			ifaces = append(ifaces, heldInterfaces(f.Type(), seen)...)
		}
		return ifaces
	}
	var ifaces []*types.Interface
	for _, e := range held(t.Underlying()) {
		ifaces = append(ifaces, heldInterfaces(e, seen)...)
	}
	return ifaces
}
