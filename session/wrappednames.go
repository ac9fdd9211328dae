package session

import (
	"reflect"
	"slices"
	"strings"

	"github.com/gogil/gogil/internal/yaegistate"
	"github.com/gogil/gogil/session/cellfmt"
)

// wrappedTypeName is cellfmt's WrapperNamer: the type, as %T prints it, of
// the cell value in w, the wrapper yaegi v0.16.1 hands a native function
// for a library interface (a sort.Interface, an error). What the wrapper
// holds does not tell it: a struct value is held as its last field
// (getConcreteValue), and cell types of one shape share a reflect type,
// so that %T printed the field's type, or refused to pick among the
// shape's types. The receivers of the wrapper's methods name the type:
// that of a method declared on T is T or *T, unless T is embedded in a
// struct, whose values have T's methods too (promoted), and whose %T
// gogil then cannot tell.
func (r *cellTypeRegistry) wrappedTypeName(w reflect.Value) (string, bool) {
	held := w.Field(0)
	if held.Kind() == reflect.Interface {
		held = held.Elem()
	}
	if !held.IsValid() || isInterfaceWrapper(held.Type()) {
		return "", false
	}
	var receivers []string
	for i := 1; i < w.NumField(); i++ {
		if w.Field(i).IsNil() {
			continue
		}
		recv, ok := yaegistate.MethodReceiver(w.Field(i))
		if !ok {
			return "", false // a generic receiver: the reflect type's name stands
		}
		if base := strings.TrimPrefix(recv, "*"); !slices.Contains(receivers, base) {
			receivers = append(receivers, base)
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	var own []string
	for _, name := range receivers {
		t, known := r.byName[name]
		if !known {
			return "", false
		}
		if !r.embeddedLocked(t) {
			own = append(own, name)
		}
	}
	if len(own) != 1 {
		return cellfmt.UnsureType("unknown: its methods are declared on " + strings.Join(receivers, ", ") +
			", which a struct type embeds, and the interpreter keeps no more of a value in a library interface"), true
	}
	t := r.byName[own[0]]
	lost := cellfmt.UnsureType("unknown: it has the methods of " + own[0] +
		" but the interpreter did not keep the value whole in a library interface (a type declared in a function body?)")
	switch {
	case held.Type() == reflect.PointerTo(t):
		return cellfmt.MainName("*" + own[0]), true
	case held.Kind() == reflect.Pointer:
		return lost, true
	case t.Kind() == reflect.Struct && !heldWhole(w, held, t):
		return lost, true
	}
	return cellfmt.MainName(own[0]), true
}

// heldWhole: the struct value of type t that wrapper w holds the field
// held of is t's (a type declared in a function body, which the registry
// does not know, may embed t and have t's methods). yaegi holds a struct
// value whole only where none of its fields is set (getConcreteValue); a
// method's receiver is the value whole, whose held field must be the
// wrapper's.
func heldWhole(w, held reflect.Value, t reflect.Type) bool {
	for i := 1; i < w.NumField(); i++ {
		recv, ok := yaegistate.MethodReceiverValue(w.Field(i))
		if !ok || recv.Type() != t {
			continue
		}
		last := concreteField(recv)
		return last.IsValid() && last.Type() == held.Type() && last.CanInterface() && held.CanInterface() &&
			reflect.DeepEqual(last.Interface(), held.Interface())
	}
	return false
}

// concreteField is what yaegi's getConcreteValue puts in a wrapper for
// the struct value v: its last field that is set, or v where none is.
func concreteField(v reflect.Value) reflect.Value {
	for i := v.NumField() - 1; i >= 0; i-- {
		f := v.Field(i)
		if f.Kind() == reflect.Interface {
			f = f.Elem()
		}
		if f.IsValid() {
			return f
		}
	}
	return v
}
