package session

import (
	"reflect"
	"strings"

	"github.com/gogil/gogil/internal/yaegistate"
)

// ifaceEqual is __gogil.IfaceEqual (cellsrc/ifaceequal.go): x == y where
// an operand is an interface. The values the interpreter's boxes hold are
// compared: equal when of one type and equal, as Go compares the
// interfaces. A type several cell types share in the interpreter cannot
// be told apart, and ends the cell with an error.
func (r *cellTypeRegistry) ifaceEqual(x, y any) bool {
	xv, yv := held(x), held(y)
	if !xv.IsValid() || !yv.IsValid() {
		return !xv.IsValid() && !yv.IsValid()
	}
	if xv.Type() != yv.Type() {
		return false
	}
	names := r.names(xv.Type())
	if len(names) > 1 {
		panic(ifaceEqualError("the compared interfaces hold values of a type that several cell types (" + strings.Join(names, ", ") +
			") share in the interpreter, which gogil cannot tell apart"))
	}
	if !xv.Comparable() {
		name := xv.Type().String()
		if len(names) == 1 {
			name = qualified(names[0])
		}
		panic(uncomparableError(name))
	}
	return xv.Equal(yv)
}

// held is the value an interface operand holds, out of the interpreter's
// box; the invalid Value for nil.
func held(x any) reflect.Value {
	v := reflect.ValueOf(x)
	for v.IsValid() && isBox(v.Type()) {
		v = yaegistate.InterfaceValue(v)
		for v.IsValid() && v.Kind() == reflect.Interface {
			v = v.Elem()
		}
	}
	return v
}

// ifaceEqualError ends a cell whose == of interfaces gogil cannot answer
// as Go would.
type ifaceEqualError string

func (e ifaceEqualError) Error() string {
	return "gogil cannot run == on these interface values: " + string(e)
}
