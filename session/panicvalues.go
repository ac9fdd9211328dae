package session

import (
	"fmt"
	"reflect"
)

// describedPanic is a panic's value of a cell type together with the
// method Go's runtime prints it by (cellsrc/panicvalues.go): the
// interpreter's value has no methods native code can call.
type describedPanic struct {
	value any
	text  func() string
}

// panicking is __gogil.Panicking.
func panicking(v any, text func() string) any { return describedPanic{v, text} }

// Error is the text Go prints for the value: fmt, which prints a panic it
// recovers from a method with %v, prints this as it prints the value.
func (d describedPanic) Error() string { return d.describe() }

// PanicValue is the value the program panicked with, for the native code
// that hands a recovered panic back to a program (threading's
// PanicError).
func (d describedPanic) PanicValue() any { return d.value }

// describe calls the method; where it panics itself, the value is printed
// as the interpreter holds it.
func (d describedPanic) describe() (text string) {
	defer func() {
		if recover() != nil {
			text = fmt.Sprint(d.value)
		}
	}()
	return d.text()
}

// panickedValue is what recover() gives the program for r: the value
// itself, not its description.
func panickedValue(r any) any {
	if v, ok := r.(reflect.Value); ok && v.IsValid() && v.CanInterface() {
		// As yaegi hands some panics' values over.
		if d, ok := v.Interface().(describedPanic); ok {
			return d.value
		}
	}
	if d, ok := r.(describedPanic); ok {
		return d.value
	}
	return r
}
