package cellsrc

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// yaegi v0.16.1 converts a value held in an interface the cells declare to
// a library interface wrongly in two ways:
//
//   - handed straight to a library function's parameter, it is passed bare,
//     without the wrapper that carries its methods: with `type RC interface
//     { io.Reader; io.Closer }`, io.ReadAll(rc) panicked with "reflect: Call
//     using struct {...} as type io.Reader", and so did sort.Sort(s) for a
//     cell interface embedding sort.Interface;
//   - converted anywhere (`var x io.Writer = w`, or in a function of the
//     cells), its wrapper takes a struct without methods, the interpreter's
//     form of every cell struct, for an interface of its own and calls the
//     methods of the struct's last field that holds a value: for `type
//     upper struct{ w io.Writer }` with a Write method, fmt.Fprintln(x,
//     "a") wrote "a" to upper's field, not "A" through upper.Write.
//     Silently.
//
// A value of the concrete type converts right. So such a conversion of x,
// of cell interface I, to library interface L is written as a call of an
// interpreted function that converts the cell struct types that implement
// both I and L from their own type, and any other value (a pointer, a
// slice type, a library's value) as it is:
//
//	io.ReadAll(rc) → io.ReadAll(func(v RC) io.Reader {
//		switch c := v.(type) { case nopCloser: return c }; return v }(rc))
//
// A struct type a later cell declares is not among the cases of code
// written before it: a value of a cell type not known when the code was
// lowered is refused by the runner's LaterCase, as in nativecase.go.

// cellInterfaceToLibrary: x's static type is an interface the cells
// declare, not generic, and dest a library's interface with methods which
// the cell's code can name.
func (l *typedLowering) cellInterfaceToLibrary(x ast.Expr, dest types.Type) bool {
	if !l.libraryInterface(dest) {
		return false
	}
	tv, ok := l.t.Info.Types[x]
	if !ok || tv.Type == nil || !tv.IsValue() {
		return false
	}
	named, ok := types.Unalias(tv.Type).(*types.Named)
	if !ok || !types.IsInterface(named) || named.Obj().Pkg() == nil || !cellPackage(l.t, named.Obj().Pkg()) || named.TypeArgs().Len() > 0 || named.TypeParams().Len() > 0 {
		return false
	}
	_, ok = l.nameType(x, dest)
	return ok
}

// interfaceAdapter writes the call of cellInterfaceToLibrary's conversion
// of x to dest (see above).
func (l *typedLowering) interfaceAdapter(x ast.Expr, dest types.Type) ast.Expr {
	src := types.Unalias(l.t.Info.Types[x].Type).(*types.Named)
	srcIface := src.Underlying().(*types.Interface)
	destIface := dest.Underlying().(*types.Interface)
	var cases, known []string
	scope := src.Obj().Pkg().Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if !types.IsInterface(tn.Type()) {
			known = append(known, strconv.Quote(name))
		}
		t, ok := tn.Type().(*types.Named)
		if !ok || t.TypeParams().Len() > 0 {
			continue
		}
		if _, isStruct := t.Underlying().(*types.Struct); !isStruct || !types.Implements(t, srcIface) || !types.Implements(t, destIface) {
			continue
		}
		if _, ok := l.nameType(x, t); ok {
			cases = append(cases, name)
		}
	}
	srcName, _ := l.writeType(x, src)
	destName, _ := l.writeType(x, dest)
	var b strings.Builder
	b.WriteString("func(__gogil_v " + types.ExprString(srcName) + ") " + types.ExprString(destName) + " {")
	if len(cases) > 0 {
		b.WriteString(" switch __gogil_c := __gogil_v.(type) {")
		for _, c := range cases {
			b.WriteString(" case " + c + ": return __gogil_c;")
		}
		b.WriteString(" };")
	}
	// A struct type declared after this code would take the wrapper's
	// wrong way: the runner refuses a value of a cell type not known now.
	b.WriteString(" " + RuntimeAlias + "." + LaterCaseHelper + "(__gogil_v, " + strconv.Quote(types.ExprString(destName)))
	for _, k := range known {
		b.WriteString(", " + k)
	}
	b.WriteString("); return __gogil_v }(__gogil_x)")
	call, err := parser.ParseExpr(b.String())
	if err != nil {
		l.fail(x, "gogil cannot write the conversion of a cell interface to %s (%v)", types.TypeString(dest, nil), err)
		return x
	}
	placeAt(call, x.Pos())
	ast.Inspect(call, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			c.Ellipsis = token.NoPos // placeAt set every position
		}
		return true
	})
	out := call.(*ast.CallExpr)
	out.Args[0] = x
	l.t.Info.Types[out] = types.TypeAndValue{Type: dest}
	return out
}
