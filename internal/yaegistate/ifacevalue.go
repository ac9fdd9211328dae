package yaegistate

import (
	"reflect"
	"unsafe"
)

// InterfaceValue is the value a yaegi valueInterface holds: vi is such a
// struct (the dynamic value of an interface a cell handed native code
// without its type), whose unexported field value is a reflect.Value.
// An invalid Value comes back when vi has no such field.
func InterfaceValue(vi reflect.Value) reflect.Value {
	if vi.Kind() != reflect.Struct {
		return reflect.Value{}
	}
	f := vi.FieldByName("value")
	if !f.IsValid() || f.Type() != reflect.TypeFor[reflect.Value]() {
		return reflect.Value{}
	}
	c := reflect.New(vi.Type()).Elem()
	c.Set(vi)
	return *(*reflect.Value)(unsafe.Pointer(c.FieldByName("value").UnsafeAddr()))
}

// InterfaceTypeName names the type yaegi recorded for the value a
// valueInterface holds (the node it was made from carries it), and the
// package path of that type. yaegi gives several cell types one reflect
// type (type State int is an int to reflect), so this name is what tells
// them apart. ok is false when vi has no such node or the type is unnamed.
func InterfaceTypeName(vi reflect.Value) (name, path string, ok bool) {
	if vi.Kind() != reflect.Struct {
		return "", "", false
	}
	n := vi.FieldByName("node")
	if !n.IsValid() || n.Kind() != reflect.Pointer || n.IsNil() || n.Elem().Kind() != reflect.Struct {
		return "", "", false
	}
	t := n.Elem().FieldByName("typ")
	if !t.IsValid() || t.Kind() != reflect.Pointer || t.IsNil() || t.Elem().Kind() != reflect.Struct {
		return "", "", false
	}
	nf, pf := t.Elem().FieldByName("name"), t.Elem().FieldByName("path")
	if !nf.IsValid() || nf.Kind() != reflect.String || !pf.IsValid() || pf.Kind() != reflect.String {
		return "", "", false
	}
	if nf.String() == "" {
		return "", "", false
	}
	return nf.String(), pf.String(), true
}
