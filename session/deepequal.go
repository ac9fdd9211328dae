package session

import (
	"reflect"

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
		return reflect.DeepEqual(a, b)
	case wa && wb:
		return na == nb && reflect.DeepEqual(ha, hb)
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

// holdsWrapped: v holds, inside it, one of the interpreter's wrappers or
// boxes of a cell value, which DeepEqual would compare as its struct.
func holdsWrapped(v reflect.Value, seen map[uintptr]bool, depth int) bool {
	if !v.IsValid() || depth > 64 {
		return false
	}
	if t := v.Type(); isInterfaceWrapper(t) || isBox(t) {
		return true
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
