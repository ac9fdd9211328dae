package cellfmt

import (
	"fmt"
	"reflect"
	"strings"
)

// Sprint is fmt.Sprint of Args(a) with fmt's spacing: fmt puts a space
// between two operands of which neither is a string, judged by the kind
// of each operand's type. A Typed or a value hides that kind behind a
// struct, so fmt alone spaced `type word string` values apart ("a b")
// where Go prints "ab"; the kind is taken from what the wrapper holds.
func Sprint(a []any) string {
	b := Args(a)
	if !wrapsOperand(a, b) {
		return fmt.Sprint(b...)
	}
	var sb strings.Builder
	prevString := false
	for i, x := range b {
		isString := operandKind(a[i]) == reflect.String
		if i > 0 && !isString && !prevString {
			sb.WriteByte(' ')
		}
		fmt.Fprint(&sb, x)
		prevString = isString
	}
	return sb.String()
}

// wrapsOperand: b, Args of a, hands fmt some operand in a wrapper.
func wrapsOperand(a, b []any) bool {
	if len(a) > 0 && &a[0] != &b[0] {
		return true
	}
	return hasTyped(a)
}

// operandKind is the kind of the type Go's fmt would see for x, an
// operand as the interpreter or the cell layer handed it.
func operandKind(x any) reflect.Kind {
	if t, ok := asTyped(x); ok {
		if t.t != nil && t.t.Kind != reflect.Invalid && t.t.Kind != reflect.Interface {
			return t.t.Kind
		}
		v := t.v
		if t.t != nil && t.t.Kind == reflect.Interface && t.resolve != nil && v.IsValid() {
			v, _ = t.resolve(v, t.t)
		}
		return valueKind(v)
	}
	if x == nil {
		return reflect.Invalid
	}
	return valueKind(reflect.ValueOf(x))
}

// valueKind is the kind of what v holds, out of interfaces and yaegi's
// wrappers.
func valueKind(v reflect.Value) reflect.Kind {
	for v.IsValid() {
		switch {
		case v.Kind() == reflect.Interface:
			v = v.Elem()
		case isWrapper(v.Type()):
			v = unwrap(v)
		default:
			return v.Kind()
		}
	}
	return reflect.Invalid
}
