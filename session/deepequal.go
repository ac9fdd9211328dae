package session

import (
	"reflect"

	"github.com/traefik/yaegi/interp"

	"github.com/gogil/gogil/internal/yaegistate"
	"github.com/gogil/gogil/session/cellfmt"
)

// deepEqual is __gogil.DeepEqual (cellsrc/reflectcell.go): reflect.DeepEqual
// of operands held in interfaces. The interpreter hands a value of a cell
// type with methods to native code in a wrapper of its own, whose method
// fields are funcs, which DeepEqual never finds equal: two equal Bitcoins
// compared false. A wrapped value comes out of its wrapper, named by its
// methods' receiver; two of one cell type compare as their values, two of
// different types are unequal. Where one operand is wrapped and the other
// is not, the other may be a value of the same type that lost its wrapper
// on the way (or a plain value of its shape): the cell ends in a gap.
func (r *cellTypeRegistry) deepEqual(a, b any) bool {
	ha, na, wa := r.compared(a)
	hb, nb, wb := r.compared(b)
	switch {
	case !wa && !wb:
		if holdsWrapped(reflect.ValueOf(a), map[uintptr]bool{}, 0) || holdsWrapped(reflect.ValueOf(b), map[uintptr]bool{}, 0) {
			panic(gapf("gogil cannot run reflect.DeepEqual on values holding values of cell types with methods in interfaces (an []any, a field of type any): the interpreter's wrappers of them hold funcs, which DeepEqual never finds equal; compare values of their own types"))
		}
		return unboxedDeepEqual(a, b)
	case wa && wb:
		return na == nb && unboxedDeepEqual(ha, hb)
	}
	name := na + nb
	if reflect.TypeOf(ha) != reflect.TypeOf(hb) {
		return false // no value of the one shape is the other's
	}
	panic(gapf("gogil cannot tell whether reflect.DeepEqual's operands are equal: one is a value of %s, a cell type with methods, and the other has its shape but not its wrapper, which a value of %s held in an interface loses on some paths; compare values of their own types", name, name))
}

// compared is an operand of deepEqual as it compares it: the value a
// wrapper or box holds, the cell type named there ("" where none), and
// whether it was so held.
func (r *cellTypeRegistry) compared(x any) (any, string, bool) {
	if x == nil {
		return nil, "", false
	}
	rv := reflect.ValueOf(x)
	switch t := rv.Type(); {
	case isInterfaceWrapper(t):
		held, name, err := r.unwrap(rv)
		if err != nil {
			panic(gapf("gogil cannot run reflect.DeepEqual on this value of a cell type with methods held in an interface: the interpreter's wrapper of it does not say which type it is, or keeps part of it; compare values of their own types"))
		}
		return held, cellfmt.MainName(name), true
	case isBox(t):
		name := boxedTypeName(rv)
		inner := interpValue(rv)
		if name == "" || !inner.IsValid() || !inner.CanInterface() {
			panic(gapf("gogil cannot run reflect.DeepEqual on this value of a cell type held in an interface: the interpreter's box of it does not say which type it is; compare values of their own types"))
		}
		return inner.Interface(), name, true
	}
	return x, "", false
}

// holdsWrapped: v holds, inside it, one of the interpreter's wrappers of
// a cell value with methods in a library interface, which DeepEqual would
// compare as its struct of funcs.
func holdsWrapped(v reflect.Value, seen map[uintptr]bool, depth int) bool {
	if !v.IsValid() || depth > 64 {
		return false
	}
	if t := v.Type(); isInterfaceWrapper(t) {
		return true
	}
	if isBox(v.Type()) {
		// unboxedDeepEqual opens the interpreter's boxes; what one holds
		// may be a wrapper.
		return holdsWrapped(interpValue(v), seen, depth+1)
	}
	switch v.Kind() {
	case reflect.Interface:
		return holdsWrapped(v.Elem(), seen, depth+1)
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] {
			return false
		}
		seen[v.Pointer()] = true
		return holdsWrapped(v.Elem(), seen, depth+1)
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if holdsWrapped(v.Index(i), seen, depth+1) {
				return true
			}
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			if holdsWrapped(it.Key(), seen, depth+1) || holdsWrapped(it.Value(), seen, depth+1) {
				return true
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if holdsWrapped(v.Field(i), seen, depth+1) {
				return true
			}
		}
	}
	return false
}

// reflect.DeepEqual compares the interpreter's boxes of cell values held
// in interfaces ([]Shape, a field of a cell interface type) as the structs
// they are, node and value, so two equal values from two expressions were
// unequal, silently. unboxedDeepEqual is reflect.DeepEqual with each box
// opened (the symbol cells call, and what deepEqual compares with):
// two boxed values are deeply equal when yaegi recorded the same type for
// them (several cell types share one reflect type) and their values are.

// routeDeepEqual swaps reflect.DeepEqual in the interpreter's table.
func routeDeepEqual(i *interp.Interpreter) {
	if table := i.Symbols("reflect")["reflect"]; table != nil {
		table["DeepEqual"] = reflect.ValueOf(unboxedDeepEqual)
	}
}

func unboxedDeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	return deepValueEqual(reflect.ValueOf(x), reflect.ValueOf(y), map[deepVisit]bool{})
}

type deepVisit struct {
	a1, a2 uintptr
	typ    reflect.Type
}

// unboxed is v out of any boxes, and the type yaegi recorded for the
// outermost ("" for a value in no box).
func unboxed(v reflect.Value) (reflect.Value, string) {
	name := ""
	for v.IsValid() && isBox(v.Type()) {
		if name == "" {
			name, _ = yaegistate.InterfaceTypeString(v)
		}
		v = interpValue(v)
		if v.IsValid() && v.Kind() == reflect.Interface {
			v = v.Elem()
		}
	}
	return v, name
}

func deepValueEqual(v1, v2 reflect.Value, visited map[deepVisit]bool) bool {
	boxed1, boxed2 := v1.IsValid() && isBox(v1.Type()), v2.IsValid() && isBox(v2.Type())
	if boxed1 || boxed2 {
		var n1, n2 string
		v1, n1 = unboxed(v1)
		v2, n2 = unboxed(v2)
		if boxed1 && boxed2 && n1 != n2 {
			return false
		}
	}
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.Type() != v2.Type() {
		return false
	}
	switch v1.Kind() {
	case reflect.Map, reflect.Slice, reflect.Pointer:
		if v1.IsNil() || v2.IsNil() {
			break
		}
		p1, p2 := v1.Pointer(), v2.Pointer()
		if p1 > p2 {
			p1, p2 = p2, p1
		}
		k := deepVisit{p1, p2, v1.Type()}
		if visited[k] {
			return true
		}
		visited[k] = true
	}
	switch v1.Kind() {
	case reflect.Array:
		for i := range v1.Len() {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case reflect.Slice:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		for i := range v1.Len() {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case reflect.Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case reflect.Pointer:
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case reflect.Struct:
		for i := range v1.NumField() {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case reflect.Map:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		it := v1.MapRange()
		for it.Next() {
			val2 := v2.MapIndex(it.Key())
			if !val2.IsValid() || !deepValueEqual(it.Value(), val2, visited) {
				return false
			}
		}
		return true
	case reflect.Func:
		return v1.IsNil() && v2.IsNil()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v1.Int() == v2.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v1.Uint() == v2.Uint()
	case reflect.String:
		return v1.String() == v2.String()
	case reflect.Bool:
		return v1.Bool() == v2.Bool()
	case reflect.Float32, reflect.Float64:
		return v1.Float() == v2.Float()
	case reflect.Complex64, reflect.Complex128:
		return v1.Complex() == v2.Complex()
	case reflect.Chan, reflect.UnsafePointer:
		return v1.Pointer() == v2.Pointer()
	}
	return false
}
