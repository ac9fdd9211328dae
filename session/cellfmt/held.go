package cellfmt

import (
	"fmt"
	"reflect"
	"sync"
)

// HeldWrapper reports whether fmt itself, not this package, would reach a
// yaegi wrapper inside one of a's values, and print it by its fields: the
// held value, then one function pointer per method. That is a wrapper
// fmt calls no method of (one for sort.Interface: sort.Reverse(people)
// is a library struct holding one) inside a value fmt prints whole (a
// library type's). A wrapper of a String or Error method prints by that
// method; one at the top of an argument, or inside a cell value, is
// printed by this package as what it holds.
func HeldWrapper(a []any) bool {
	for _, x := range a {
		if x == nil {
			continue
		}
		v := reflect.ValueOf(x)
		if mayHoldInterface(v.Type()) && heldWrapper(v, false, map[uintptr]bool{}) {
			return true
		}
	}
	return false
}

var holdsInterface sync.Map // reflect.Type -> bool

// mayHoldInterface: a value of t can hold an interface value somewhere
// fmt would print it from.
func mayHoldInterface(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Interface:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map, reflect.Struct:
	default:
		return false
	}
	if h, ok := holdsInterface.Load(t); ok {
		return h.(bool)
	}
	h := findInterface(t, map[reflect.Type]bool{})
	holdsInterface.Store(t, h)
	return h
}

func findInterface(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Interface:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return findInterface(t.Elem(), seen)
	case reflect.Map:
		return findInterface(t.Key(), seen) || findInterface(t.Elem(), seen)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if findInterface(t.Field(i).Type, seen) {
				return true
			}
		}
	}
	return false
}

var (
	stringerType  = reflect.TypeFor[fmt.Stringer]()
	errorType     = reflect.TypeFor[error]()
	formatterType = reflect.TypeFor[fmt.Formatter]()
)

// heldWrapper walks v as fmt or printValue would print it; byFmt is set
// once fmt prints the part walked.
func heldWrapper(v reflect.Value, byFmt bool, seen map[uintptr]bool) bool {
	if !v.IsValid() {
		return false
	}
	t := v.Type()
	if isWrapper(t) {
		if byFmt {
			name, _ := method(v)
			return name == ""
		}
		inner := v.Field(0)
		return heldWrapper(inner, false, seen)
	}
	if !mayHoldInterface(t) {
		return false
	}
	if !byFmt && t.Kind() != reflect.Interface && shapeOf(t) == native {
		byFmt = true
	}
	if byFmt && t.Kind() != reflect.Interface && (t.Implements(stringerType) || t.Implements(errorType) || t.Implements(formatterType)) {
		return false // fmt prints it by its method
	}
	switch t.Kind() {
	case reflect.Interface:
		return heldWrapper(v.Elem(), byFmt, seen)
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] {
			return false
		}
		seen[v.Pointer()] = true
		return heldWrapper(v.Elem(), byFmt, seen)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if heldWrapper(v.Field(i), byFmt, seen) {
				return true
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if heldWrapper(v.Index(i), byFmt, seen) {
				return true
			}
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			if heldWrapper(it.Key(), byFmt, seen) || heldWrapper(it.Value(), byFmt, seen) {
				return true
			}
		}
	}
	return false
}
