package session

import "reflect"

// convertInto is __gogil.ConvertInto (cellsrc/typeparamconv.go): T(v) for
// a type parameter T of numbers, written into *dst, a variable of T. The
// interpreter cannot compile the conversion once T is a type of the
// cells; reflect converts between numbers as Go does.
func convertInto(dst, v any) {
	d := reflect.ValueOf(dst).Elem()
	d.Set(reflect.ValueOf(v).Convert(d.Type()))
}
