package session

import (
	"reflect"
	"slices"
	"strings"

	"github.com/gogil/gogil/session/cellfmt"
)

// cellCase is __gogil.CellCase (cellsrc/cellcase.go): v is the operand of
// a type assertion or switch, cases its case types, the cell types' by
// name and the others as nil pointers. It gives v back unless the
// interpreter cannot tell which of them v's type is: its reflect type is
// a case cell type's and another type's too, or a case library type's and
// a cell type's.
func (r *cellTypeRegistry) cellCase(v any, cases ...any) any {
	if v == nil {
		return v
	}
	rv := reflect.ValueOf(v)
	boxed := ""
	if isBox(rv.Type()) {
		boxed = boxedName(rv)
		if rv = interpValue(rv); !rv.IsValid() {
			return v
		}
	}
	t := rv.Type()
	if name, ok := r.standinName(t); ok {
		return r.standinCase(v, rv, name, cases)
	}
	shared := append([]string(nil), r.names(t)...)
	if len(shared) == 0 {
		return v
	}
	if boxed != "" && slices.Contains(shared, boxed) && !r.otherCase(boxed, shared, t, cases) {
		// The box says which of the types it is, and no case is another
		// of them: the interpreter's own match is Go's.
		return v
	}
	// The interpreter makes a cell struct's type itself: no library
	// value has it.
	native := !(t.Kind() == reflect.Struct || t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct)
	hit := ""
	for _, c := range cases {
		switch c := c.(type) {
		case string:
			for _, s := range shared {
				if c == s && (len(shared) > 1 || native) {
					hit = c
				}
			}
		default:
			if ct := reflect.TypeOf(c); ct != nil && ct.Kind() == reflect.Pointer && ct.Elem() == t {
				hit = t.String()
			}
		}
		if hit != "" {
			break
		}
	}
	if hit == "" {
		return v
	}
	others := shared
	if native {
		others = append(others, t.String())
	}
	panic(gapf("gogil cannot run this type assertion or type switch to %s (or to an interface it implements) on a value held in an empty interface: the interpreter holds a value of a cell type there as a value of its underlying type, and values of %s are all %s to it; hold the value in a variable of an interface a cell declares (one with methods the types have: give them methods if they have none) and assert or switch on that",
		hit, strings.Join(others, ", "), t))
}

// missedCase is __gogil.MissedCase (cellsrc/cellcase.go), at the start of
// a type switch's clause: v is the operand, earlier the cell types of the
// clauses before. A value the interpreter boxed whose type is one of them
// was passed over by the interpreter (it matches such a value against
// interface cases only): the cell ends with an error rather than run the
// wrong clause.
func (r *cellTypeRegistry) missedCase(v any, earlier ...string) {
	if v != nil {
		if name, ok := r.standinName(reflect.TypeOf(v)); ok && slices.Contains(earlier, name) {
			panic(gapf("gogil cannot run this type switch: its operand holds a value of %s, whose case comes first, but the interpreter passes over that case for a value of a cell type of a basic kind beside a case of an interface; switch on the cases of concrete types only, or assert x.(%s) first", cellfmt.MainName(name), name))
		}
	}
	_, name, ok := r.boxedCellValue(v)
	if !ok {
		return // several cell types of one shape are CellCase's to refuse
	}
	for _, e := range earlier {
		if e == name {
			panic(gapf("gogil cannot run this type switch: its operand holds a value of %s, whose case comes first, but the interpreter passes over that case for a value of a cell type with methods that became an interface implicitly (an argument, an element, an assignment), and would run a later clause; convert it explicitly where it becomes one, any(x), or switch on a variable of the interface declared in a cell", cellfmt.MainName(e)))
		}
	}
}

// boxedCellValue opens v when it is one of the interpreter's boxes holding
// a value whose reflect type is one cell type's alone, and names that type.
func (r *cellTypeRegistry) boxedCellValue(v any) (inner reflect.Value, name string, ok bool) {
	if v == nil || !isBox(reflect.TypeOf(v)) {
		return reflect.Value{}, "", false
	}
	inner = interpValue(reflect.ValueOf(v))
	if !inner.IsValid() {
		return reflect.Value{}, "", false
	}
	names := r.names(inner.Type())
	if len(names) != 1 {
		return reflect.Value{}, "", false
	}
	return inner, names[0], true
}

// rebox is __gogil.Rebox (cellsrc/cellcase.go), the operand of a type
// switch with a case of a cell type with methods; names are such types
// whose case comes before every interface case they implement. A value
// the interpreter boxed at an implicit conversion to an interface, whose
// type is one of them, comes back unboxed, as an explicit conversion
// holds it: the interpreter's case of its type matches that, and not the
// box (which it matches against interface cases only).
func (r *cellTypeRegistry) rebox(v any, names ...string) any {
	inner, name, ok := r.boxedCellValue(v)
	if !ok || !inner.CanInterface() {
		return v
	}
	for _, n := range names {
		if n == name {
			return inner.Interface()
		}
	}
	return v
}

// laterCase is __gogil.LaterCase (cellsrc/nativecase.go), run when no case
// of a type switch with cases of cell interfaces (ifaces) matched v: the
// cases of those interfaces became the cell types known when the switch
// was lowered, so a value of a type a later cell declared (or declared
// again) may implement one and would silently miss it.
func (r *cellTypeRegistry) laterCase(v any, ifaces string, known ...string) {
	if v == nil {
		return
	}
	rv := reflect.ValueOf(v)
	if isBox(rv.Type()) {
		if rv = interpValue(rv); !rv.IsValid() {
			return
		}
	}
	for _, name := range r.names(rv.Type()) {
		base := strings.TrimPrefix(name, "*")
		if !slices.Contains(known, base) {
			panic(gapf("gogil cannot run this type switch with a case of %s on a value of %s (or of a type of the same shape): the type was declared after the cell with the switch, whose cases of interfaces stand for the cell types known then; run that cell again after declaring %s", ifaces, cellfmt.MainName(name), base))
		}
	}
}

// ifaceOperand is __gogil.IfaceOperand (cellsrc/cellassert.go), the
// operand of an assertion to a library interface on an empty interface,
// which became a type switch with a clause for each cell type of impl
// (those that implement the interface; lack are those that do not, both
// comma-separated). The interpreter's clause of a cell type matches a
// value by its reflect type, and neither it nor the interface's case
// matches a value it boxed: a box of a type of impl comes back unboxed,
// unless another of impl has its reflect type (the clauses would take it
// for that one's: refused); a box of a type of lack comes back as a value
// that no case matches. A value out of a box goes on unless a clause
// could take it for another type's (as cellCase refuses).
func (r *cellTypeRegistry) ifaceOperand(v any, impl, lack string) any {
	if v == nil {
		return nil
	}
	impls := splitNames(impl)
	rv := reflect.ValueOf(v)
	if !isBox(rv.Type()) {
		return r.cellCase(v, anys(impls)...)
	}
	boxed := boxedTypeName(rv)
	inner := interpValue(rv)
	if boxed == "" || !inner.IsValid() || !inner.CanInterface() {
		return v
	}
	for _, n := range splitNames(lack) {
		if cellfmt.MainName(n) == boxed {
			return noCase{}
		}
	}
	own := ""
	for _, n := range impls {
		if cellfmt.MainName(n) == boxed {
			own = n
		}
	}
	if own == "" {
		return v // a type the lowering did not know: the interface's case decides, or refuses
	}
	for _, n := range impls {
		if t, ok := r.typeOf(n); ok && n != own && t == inner.Type() {
			panic(gapf("gogil cannot run this type assertion on a value of %s held in an empty interface: the interpreter gives %s and %s one type, %s, and would take it for the other's; hold the value in a variable of an interface a cell declares and assert on that",
				boxed, cellfmt.MainName(own), cellfmt.MainName(n), inner.Type()))
		}
	}
	return inner.Interface()
}

// boxedCase is __gogil.BoxedCase (cellsrc/nativecase.go): the index among
// names of the cell type whose box v is, or -1. A type switch's case of a
// cell type of a basic kind misses such a box, and the value in it is a
// plain value of the basic type to the interpreter.
func (r *cellTypeRegistry) boxedCase(v any, names ...string) int {
	if v != nil && isBox(reflect.TypeOf(v)) {
		// The box names its type, whatever other cell types share it.
		if name := boxedName(reflect.ValueOf(v)); name != "" {
			return slices.Index(names, name)
		}
	}
	if _, name, ok := r.boxedCellValue(v); ok {
		return slices.Index(names, name)
	}
	return -1
}

// noCase is what ifaceOperand hands a switch for a value no case of it
// matches.
type noCase struct{}

func splitNames(list string) []string {
	if list == "" {
		return nil
	}
	return strings.Split(list, ",")
}

func anys(names []string) []any {
	out := make([]any, len(names))
	for i, n := range names {
		out[i] = n
	}
	return out
}

// libraryCase is __gogil.LibraryCase (cellsrc/librarycase.go): v is the
// operand of a type switch (mode 0), a comma-ok assertion (1) or another
// assertion (2) whose cases are library types alone, iface its static type, shadows the cell types with methods (comma-separated)
// whose reflect type is one case's, cases those types as nil pointers. A
// box the interpreter made for a value of a cell type is no case's value:
// an assertion gets a value that fails it (a switch already passes the
// box over), and another assertion panics as Go's does. A plain pointer
// of a case's type may point to one of shadows: the cell ends with an
// error naming them rather than take it for the library type's.
func (r *cellTypeRegistry) libraryCase(v any, mode int, iface, shadows string, cases ...any) any {
	if v == nil {
		if mode == 2 {
			panic(r.assertFailed(iface, casesName(cases), "", nil))
		}
		return v
	}
	rv := reflect.ValueOf(v)
	// A value that was in a library interface (a fmt.Stringer) comes in
	// the interpreter's wrapper of that interface, which only a value with
	// methods, a cell type's, has.
	wrapped := false
	if isInterfaceWrapper(rv.Type()) {
		if held := rv.Field(0); held.Kind() == reflect.Interface && !held.IsNil() {
			rv, wrapped = held.Elem(), true
		}
	}
	boxed, name := false, ""
	if isBox(rv.Type()) {
		boxed, name = true, boxedTypeName(rv)
		if rv = interpValue(rv); !rv.IsValid() {
			return v
		}
	}
	t := rv.Type()
	hit := false
	for _, c := range cases {
		if ct := reflect.TypeOf(c); ct != nil && ct.Kind() == reflect.Pointer && ct.Elem() == t {
			hit = true
		}
	}
	if boxed && mode == 0 {
		// A box of a type the lowering decides itself (BoxedCase, nativecase.go).
		if _, own, ok := r.boxedCellValue(v); ok && slices.Contains(splitNames(shadows), "="+own) {
			return v
		}
	}
	var same []string
	for _, s := range splitNames(shadows) {
		s = strings.TrimPrefix(s, "=")
		st, ok := r.typeOf(strings.TrimPrefix(s, "*"))
		if ok && strings.HasPrefix(s, "*") {
			st = reflect.PointerTo(st)
		}
		if ok && st == t {
			same = append(same, s[:len(s)-len(strings.TrimPrefix(s, "*"))]+cellfmt.MainName(strings.TrimPrefix(s, "*")))
		}
	}
	if name == "" && len(same) == 1 && (boxed || wrapped) {
		name = same[0]
	}
	switch {
	case (boxed || wrapped) && mode == 1:
		// A box or a wrapper holds a value of a cell type, which no
		// library case matches. (Handed back from a call, a box also
		// made the interpreter's later assertions there fail.)
		return noLibraryCase(0)
	case (boxed || wrapped) && mode == 2:
		if name == "" {
			name = r.dynamicName(v)
		}
		panic(typeAssertionError("interface conversion: " + iface + " is " + name + ", not " + casesName(cases)))
	case !hit && mode == 2:
		// The assertion fails: the interpreter's own panic, on the
		// library value this call hands it, would say a method is
		// missing (string is not float64: missing method).
		panic(r.assertValueFailed(iface, casesName(cases), v))
	case !hit || len(same) == 0:
		return v
	case !boxed && !wrapped && t.Kind() != reflect.Pointer:
		// The lowering boxes an explicit any(x) of such a type
		// (boxExplicitConversions): a plain value is the library type's,
		// but for a pointer, which the interpreter never boxes.
		return v
	}
	// A switch on a box may take its value for the case of its
	// underlying type (a Level(1) passed to an any parameter matched
	// case int).
	panic(gapf("gogil cannot run this type switch or assertion with a case of %s on a value of %s held in an empty interface: the interpreter holds that value as a %s, and may take it for one; put a case of the cell type first", t, strings.Join(same, ", "), t))
}

// casesName is the type of an assertion's case, as LibraryCase has it.
func casesName(cases []any) string {
	if len(cases) == 1 {
		if ct := reflect.TypeOf(cases[0]); ct != nil && ct.Kind() == reflect.Pointer {
			return ct.Elem().String()
		}
	}
	return "?"
}

// noLibraryCase is what libraryCase hands an assertion that must fail: a
// value of no type a cell can name.
type noLibraryCase int

// boxedName is the cell type the interpreter recorded for the value of
// its box (a top-level type of the cells, package main), or "".
func boxedName(box reflect.Value) string {
	name, ok := strings.CutPrefix(boxedTypeName(box), "main.")
	if !ok {
		return "" // another package's, or a pointer type
	}
	return name
}

// otherCase: a case of cases is a type other than name that the
// interpreter cannot tell from it: another of the cell types shared, or
// the library type t itself. The interpreter takes a boxed value for
// either.
func (r *cellTypeRegistry) otherCase(name string, shared []string, t reflect.Type, cases []any) bool {
	for _, c := range cases {
		switch c := c.(type) {
		case string:
			if base := strings.TrimPrefix(c, "*"); base != name && slices.Contains(shared, base) {
				return true
			}
		default:
			if ct := reflect.TypeOf(c); ct != nil && ct.Kind() == reflect.Pointer && ct.Elem() == t {
				return true
			}
		}
	}
	return false
}
