package cellfmt

import "reflect"

// CellValue is the value as the interpreter made it, for native helpers
// that look for a cell's type inside what wraps it (errors.As's walk of
// an error tree).
func (t Typed) CellValue() any {
	if !t.v.IsValid() || !t.v.CanInterface() {
		return nil
	}
	return t.v.Interface()
}

// ShownVerb is the verb a notebook shows x with, a cell's value that the
// cell layer typed (a Typed): %v, as fmt prints it, or %q for a value of a
// string type or a slice of one without a method fmt calls, as a plain
// string is shown quoted. ok is false for any other x.
func ShownVerb(x any) (verb string, ok bool) {
	t, ok := asTyped(x)
	if !ok {
		return "", false
	}
	if !t.v.IsValid() || t.t == nil || t.t.Method != 0 || t.t.Formatter != 0 {
		return "%v", true
	}
	// Type describes a basic type by its text only: the value's kinds
	// tell a string's.
	switch vt := t.v.Type(); {
	case vt.Kind() == reflect.String:
		return "%q", true
	case vt.Kind() == reflect.Slice && vt.Elem().Kind() == reflect.String &&
		(t.t.Elem == nil || t.t.Elem.Method == 0 && t.t.Elem.Formatter == 0):
		return "%q", true
	}
	return "%v", true
}
