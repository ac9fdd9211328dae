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

// InterfaceTypeString is the type yaegi recorded for the value a
// valueInterface holds, as yaegi writes it (main.State, *main.Node; the
// node the value was made from carries it). yaegi gives several cell types
// one reflect type (type State int is an int to reflect), so this is what
// tells them apart. ok is false when vi has no such node.
func InterfaceTypeString(vi reflect.Value) (string, bool) {
	if vi.Kind() != reflect.Struct {
		return "", false
	}
	n := vi.FieldByName("node")
	if !n.IsValid() || n.Kind() != reflect.Pointer || n.IsNil() || n.Elem().Kind() != reflect.Struct {
		return "", false
	}
	t := n.Elem().FieldByName("typ")
	if !t.IsValid() || t.Kind() != reflect.Pointer || t.IsNil() || t.Elem().Kind() != reflect.Struct {
		return "", false
	}
	str := t.Elem().FieldByName("str")
	if !str.IsValid() || str.Kind() != reflect.String {
		return "", false
	}
	return str.String(), true
}
