package session

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/gogil/gogil/internal/yaegistate"
	"github.com/gogil/gogil/session/cellsrc"
)

// ifaceEqual is __gogil.IfaceEqual (cellsrc/ifaceequal.go): x == y where
// an operand is an interface. The values the interpreter's boxes hold are
// compared: equal when of one type and equal, as Go compares the
// interfaces. known, if given, names the dynamic types of x and y as the
// cell's code says them. A type several cell types share in the
// interpreter, or a cell type and a library one, cannot be told apart
// otherwise: two equal values of it end the cell with an error.
func (r *cellTypeRegistry) ifaceEqual(x, y any, known ...string) bool {
	xv, yv := r.held(x), r.held(y)
	if !xv.IsValid() || !yv.IsValid() {
		return !xv.IsValid() && !yv.IsValid()
	}
	sure := len(known) == 2
	if sure && known[0] != known[1] {
		return false // a cell type's value and another type's
	}
	if xv.Type() != yv.Type() {
		if !sure {
			r.standinBeside(xv, yv)
			r.standinBeside(yv, xv)
		}
		return false
	}
	if _, ok := r.standinName(xv.Type()); ok {
		return xv.Equal(yv) // the stand-in is its cell type's alone (standin.go)
	}
	names := r.names(xv.Type())
	shared := func() {
		panic(ifaceEqualError("the compared interfaces hold values of a type that several cell types (" + strings.Join(names, ", ") +
			") share in the interpreter, which gogil cannot tell apart"))
	}
	if sure && known[0] != cellsrc.NativeTypeName {
		names = []string{known[0]}
	}
	if len(names) > 1 && !sure && !xv.Comparable() {
		shared() // Go's == panics if the types are the same, else is false
	}
	if !xv.Comparable() {
		name := xv.Type().String()
		if len(names) == 1 && !(sure && known[0] == cellsrc.NativeTypeName) {
			name = qualified(names[0])
		}
		panic(uncomparableError(name))
	}
	if !xv.Equal(yv) {
		return false // whatever the types
	}
	if len(names) > 1 && !sure && !samePointee(xv) {
		shared()
	}
	if !sure && len(names) == 1 && libraryShaped(xv.Type()) {
		panic(ifaceEqualError(fmt.Sprintf("the compared interfaces hold equal values of %s, and the interpreter holds a value of the cell type %s in an interface as one of %s: "+
			"it cannot tell whether their dynamic types are the same; compare the values as their own types, or convert both operands explicitly where they are compared (I(%s(v))), which names their types",
			xv.Type(), qualified(names[0]), xv.Type(), names[0])))
	}
	return true
}

// samePointee: xv, the pointer both operands hold, of a type several
// cell types share, points to a value of a size other than zero: one
// object, made as one of those types (the states of a state machine,
// each a struct{ vm *Machine }, compared with m.state == m.idle). The
// interpreter hands over such a pointer without its box, but two objects
// of one reflect type never share an address unless they take no room
// (the runtime gives every zero-size object one address), and the one
// way to see an object as another of those types, a conversion of a
// pointer from one cell type to another, is refused (cellsrc's
// refusePointerConversion).
func samePointee(xv reflect.Value) bool {
	return xv.Kind() == reflect.Pointer && !xv.IsNil() && xv.Type().Elem().Size() > 0
}

// libraryShaped: t is the reflect type of a library type too, not only of
// a cell type (the interpreter makes a cell struct's type itself, as
// cellCase says).
func libraryShaped(t reflect.Type) bool {
	return !(t.Kind() == reflect.Struct || t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct)
}

// wholeStruct is the struct value of a cell type the wrapper wr holds,
// read from its methods' receiver (structHeld), where its IValue is one
// field of it: ok true with an invalid Value where the value is such a
// struct but cannot be read whole (a method promoted from an embedded
// type, whose receiver is the embedded value).
func (r *cellTypeRegistry) wholeStruct(wr reflect.Value) (reflect.Value, bool) {
	recv, named := yaegistate.MethodReceiver(wr.Field(1))
	if !named {
		return reflect.Value{}, false
	}
	t, known := r.typeOf(strings.TrimPrefix(recv, "*"))
	if !known || t.Kind() != reflect.Struct {
		return reflect.Value{}, false
	}
	held := wr.Field(0)
	if held.Kind() == reflect.Interface {
		held = held.Elem()
	}
	if held.IsValid() && (held.Type() == t || held.Type() == reflect.PointerTo(t)) {
		return reflect.Value{}, false // the value itself
	}
	r.mu.Lock()
	embedded := r.embeddedLocked(t)
	r.mu.Unlock()
	if embedded {
		return reflect.Value{}, true
	}
	return structHeld(wr, t)
}

// held is the value an interface operand holds, out of the interpreter's
// box or its wrapper for a library interface (fmt.Stringer, io.Reader;
// typednil.go makes one of a typed nil); the invalid Value for nil.
func (r *cellTypeRegistry) held(x any) reflect.Value {
	v := reflect.ValueOf(x)
	for v.IsValid() && (isBox(v.Type()) || isInterfaceWrapper(v.Type())) {
		if isInterfaceWrapper(v.Type()) {
			wr := v
			v = v.Field(0)
			whole, truncated := r.wholeStruct(wr)
			if whole.IsValid() {
				v = whole
			} else if truncated || v.Elem().Kind() == reflect.Struct {
				// yaegi keeps one field of a struct value there
				// (cellsrc/boxed.go).
				panic(ifaceEqualError("an operand is a struct value of a cell type held in a library interface (fmt.Stringer, io.Reader), of which the interpreter keeps one field; hold a pointer (&T{...}) in it"))
			}
		} else {
			v = yaegistate.InterfaceValue(v)
		}
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

// standinBeside ends the cell where s is a value of a cell type's
// stand-in (standin.go) and o an equal value of the interpreter's reflect
// type for that cell type: o may be a value of the cell type that reached
// its interface where the runner could not name it (through a generic
// function, say), and the two interfaces then equal.
func (r *cellTypeRegistry) standinBeside(s, o reflect.Value) {
	name, ok := r.standinName(s.Type())
	if !ok {
		return
	}
	t, ok := r.typeOf(name)
	if !ok || o.Type() != t || !s.Convert(t).Equal(o) {
		return
	}
	panic(ifaceEqualError(fmt.Sprintf("the compared interfaces hold equal values of %s and of %s, and the interpreter may hold a value of %s in an interface as one of %s: "+
		"it cannot tell whether their dynamic types are the same; compare the values as their own types",
		qualified(name), t, qualified(name), t)))
}
