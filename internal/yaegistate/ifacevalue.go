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
