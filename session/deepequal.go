package session

import (
	"reflect"

	"github.com/gogil/gogil/internal/yaegistate"
	"github.com/traefik/yaegi/interp"
)

// reflect.DeepEqual compares the interpreter's boxes of cell values held
// in interfaces ([]Shape, a field of a cell interface type) as the structs
// they are, node and value, so two equal values from two expressions were
// unequal, silently. deepEqual is reflect.DeepEqual with each box opened:
// two boxed values are deeply equal when yaegi recorded the same type for
// them (several cell types share one reflect type) and their values are.

// routeDeepEqual swaps reflect.DeepEqual in the interpreter's table.
func routeDeepEqual(i *interp.Interpreter) {
	if table := i.Symbols("reflect")["reflect"]; table != nil {
		table["DeepEqual"] = reflect.ValueOf(deepEqual)
	}
}

func deepEqual(x, y any) bool {
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
