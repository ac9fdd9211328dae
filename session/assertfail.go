package session

import (
	"reflect"
	"strings"

	"github.com/gogil/gogil/internal/yaegistate"
	"github.com/gogil/gogil/session/cellfmt"
	runtimeerr "github.com/gogil/gogil/session/runtimeerr"
)

// typeAssertionError is the panic of a failed x.(T) that
// cellsrc/cellassert.go wrote out: Go's message, and a runtime.Error as
// Go's *runtime.TypeAssertionError is (whose fields no package outside
// the runtime can set), and whose type prints as Go's.
func typeAssertionError(msg string) error { return runtimeerr.NewTypeAssertionError(msg) }

// assertFailed is __gogil.AssertFailed: iface and asserted are the
// operand's static type and T as Go's run time names them, concrete the
// dynamic type when the lowering knew it ("" otherwise: v is the operand,
// named here).
func (r *cellTypeRegistry) assertFailed(iface, asserted, concrete string, v any) error {
	if concrete == "" {
		concrete = r.dynamicName(v)
	}
	if concrete == "" {
		return typeAssertionError("interface conversion: " + iface + " is nil, not " + asserted)
	}
	return typeAssertionError("interface conversion: " + iface + " is " + concrete + ", not " + asserted)
}

// assertOperand is __gogil.AssertOperand (cellsrc/cellassert.go): v is
// the operand of x.(T), T neither an interface nor a cell type, iface its
// static type, asserted T as Go names it, target a nil *T. It gives v back
// where the interpreter's assertion on it succeeds, deciding as that
// does (the value out of the interpreter's box or wrapper, its reflect
// type T's or assignable to it), and panics with Go's message where it
// would fail, which the interpreter words as a missing method.
func (r *cellTypeRegistry) assertOperand(v any, iface, asserted string, target any) any {
	if v == nil {
		panic(r.assertFailed(iface, asserted, "", nil))
	}
	rv := reflect.ValueOf(v)
	if isBox(rv.Type()) {
		rv = interpValue(rv)
	}
	if rv.IsValid() && isInterfaceWrapper(rv.Type()) {
		if held := rv.Field(0); held.Kind() == reflect.Interface && !held.IsNil() {
			rv = held.Elem()
		}
	}
	dest := reflect.TypeOf(target).Elem()
	if rv.IsValid() && (rv.Type() == dest || rv.Type().AssignableTo(dest)) {
		return v
	}
	panic(r.assertValueFailed(iface, asserted, v))
}

// assertValueFailed is the panic of a failed x.(T), T a type that is not
// an interface nor a cell type, on any interface: as assertFailed's, but
// a plain value of a type that cells' types share (an int where a `type
// count int` is declared) may be one of theirs that lost its box, or the
// library type's own: rather than name either, the cell ends with an
// error.
func (r *cellTypeRegistry) assertValueFailed(iface, asserted string, v any) error {
	r.refuseSharedPlain(iface+".("+asserted+")", asserted, v)
	return r.assertFailed(iface, asserted, "", v)
}

// refuseSharedPlain ends the cell where v, the operand of a failed
// assertion (what, as written in the message), is a plain value of a
// reflect type cell types share (an int where a `type count int` is
// declared): it may be one of theirs that lost its box, or the library
// type's own, and the panic's message would name one of them.
func (r *cellTypeRegistry) refuseSharedPlain(what, asserted string, v any) {
	if v == nil {
		return
	}
	t := reflect.TypeOf(v)
	plain := !isBox(t) && !isInterfaceWrapper(t) && !(t.Kind() == reflect.Pointer && isBox(t.Elem()))
	structural := t.Kind() == reflect.Struct || t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct
	if names := r.names(t); plain && !structural && len(names) > 0 {
		shown := make([]string, len(names))
		for i, n := range names {
			shown[i] = cellfmt.MainName(n)
		}
		panic(gapf("gogil cannot name the type of the value in this failed assertion %s: the interpreter holds values of %s as plain %s values, and this %s may be one of them or not; assert with the comma-ok form (v, ok := x.(%s)) and handle !ok", what, strings.Join(shown, ", "), t, t, asserted))
	}
}

// dynamicName names the type of the value v holds as Go would, "" for
// nil: a cell type by the registry (one of several of one shape is
// named as such, not guessed), a library type by reflect.
func (r *cellTypeRegistry) dynamicName(v any) string {
	if v == nil {
		return ""
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer && isBox(rv.Type().Elem()) {
		// A pointer to the operand of a cell interface type: the
		// interpreter hands native code the value such an interface
		// holds without its box, and the box is what names the type.
		if rv.IsNil() {
			return ""
		}
		rv = rv.Elem()
	}
	if isBox(rv.Type()) {
		if name := boxedTypeName(rv); name != "" {
			return name
		}
		if rv = interpValue(rv); !rv.IsValid() {
			return ""
		}
	}
	if isInterfaceWrapper(rv.Type()) {
		if held := rv.Field(0); held.Kind() == reflect.Interface && !held.IsNil() {
			rv = held.Elem()
		}
	}
	if rv.Kind() == reflect.Interface {
		// The box of a nil cell interface holds a nil interface {}.
		if rv.IsNil() {
			return ""
		}
		rv = rv.Elem()
	}
	names := r.names(rv.Type())
	switch len(names) {
	case 0:
		return rv.Type().String()
	case 1:
		return cellfmt.MainName(names[0])
	}
	shown := make([]string, len(names))
	for i, n := range names {
		shown[i] = cellfmt.MainName(n)
	}
	return cellfmt.OneOf(shown)
}

// boxedTypeName is the name yaegi's box records for the type of the value
// it holds (its node's type's string, main.celsius), which tells apart the
// cell types that share a reflect type; "" where the box does not have
// that layout or names no cell type.
func boxedTypeName(box reflect.Value) string {
	name, _ := yaegistate.InterfaceTypeString(box)
	// Only a cell type's name is taken: the string of a library type may
	// be its reflect type's, or the interpreter's own.
	if !strings.HasPrefix(strings.TrimPrefix(name, "*"), "main.") {
		return ""
	}
	return name
}

// assertIfaceFailed is __gogil.AssertIfaceFailed, the panic of a failed
// x.(I), I a cell interface: v is the operand, methods I's methods in
// Go's order (comma-separated), table the cell types that lack one, each
// followed by the first it lacks.
func (r *cellTypeRegistry) assertIfaceFailed(asserted string, v any, methods string, table ...string) error {
	r.refuseSharedPlain("to "+asserted, asserted, v)
	concrete := r.dynamicName(v)
	if concrete == "" {
		return typeAssertionError("interface conversion: interface is nil, not " + asserted)
	}
	missing := ""
	for i := 0; i+1 < len(table); i += 2 {
		if table[i] == concrete {
			missing = table[i+1]
		}
	}
	if missing == "" {
		missing = r.firstMissing(v, strings.Split(methods, ","))
	}
	return typeAssertionError("interface conversion: " + concrete + " is not " + asserted + ": missing method " + missing)
}

// firstMissing is the first of methods that v's type lacks, for a library
// value, whose methods reflect sees; for a value of a type the lowering
// did not know (a later cell declared it), all are named.
func (r *cellTypeRegistry) firstMissing(v any, methods []string) string {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer && isBox(rv.Type().Elem()) || isBox(rv.Type()) || len(r.names(rv.Type())) > 0 {
		return "(one of " + strings.Join(methods, ", ") + ": gogil cannot see the methods of a type declared after the cell with the assertion)"
	}
	for _, m := range methods {
		if _, ok := rv.Type().MethodByName(m); !ok {
			return m
		}
	}
	return methods[0]
}
