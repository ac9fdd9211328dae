package cellfmt

import (
	"fmt"
	"reflect"
	"strings"
)

// Type is what the static type of a printed value tells that its reflect
// type at run time does not: the names the cell wrote (main.point, a field
// Xy), and which String or Error method fmt applies. The runner builds it
// from go/types; a nil *Type means "nothing to add", and the value prints
// by its reflect type alone.
type Type struct {
	Text   string // as %T prints it: main.point, []main.celsius
	Kind   reflect.Kind
	Elem   *Type // of a pointer, slice, array or map
	Key    *Type // of a map
	Fields []Field
	// Method is 1 + the index, among the methods handed to Typed, of the
	// function calling the String or Error method that fmt applies to a
	// value of this type (Error first, and only those of its method set: a
	// pointer receiver's method is not a value's); 0 if none.
	Method     int
	MethodName string
	// Formatter and GoStringer are, like Method, 1 + the index of the
	// function calling the Format method (func(T, fmt.State, rune)),
	// which fmt lets shape every verb, and of the one calling GoString,
	// which shapes %#v; 0 if none.
	Formatter  int
	GoStringer int
	// Unsure says that Text names several cell types (OneOf), some with a
	// String or Error method: a verb fmt would call one for prints an
	// error, not the value as if it had none.
	Unsure bool
	// Candidates are, for an interface (Kind Interface) inside a printed
	// value, the cell types its dynamic value may have, which the
	// Typed's Resolver picks from; Unknown says that a cell type the
	// printing call could not name may be one of them.
	Candidates []Candidate
	Unknown    bool
}

// Candidate is a cell type a value held in an interface may have: its
// name as the cell wrote it ("T", "*T") and its Type. Local says a type
// declared in a function body has its shape, which the Resolver cannot
// tell from it where the interpreter handed the value unboxed.
type Candidate struct {
	Name  string
	Type  *Type
	Local bool
}

// A Resolver tells the dynamic value v held at an interface position
// whose static type is at (Kind Interface): the value itself, out of
// whatever box the interpreter keeps it in, and the Type to print it with
// (nil: by its reflect type alone). The session gives it, as only it
// knows the interpreter's boxes and the reflect types of cell types.
type Resolver func(v reflect.Value, at *Type) (reflect.Value, *Type)

// Field is a struct field as the cell declared it.
type Field struct {
	Name     string
	Exported bool
	Type     *Type
}

// Typed is a value printed with its static type: what the cell layer
// hands the printing functions for an argument whose type the cells
// declared. methods are functions of one argument returning the text of a
// String or Error method, indexed by the Method of t's nodes.
type Typed struct {
	v       reflect.Value
	t       *Type
	methods []reflect.Value
	resolve Resolver
}

// NewTyped wraps x, as the interpreter handed it, with its static type: a
// Typed, or a TypedError if fmt would see an error (Errorf's %w needs one).
func NewTyped(x any, t *Type, methods []any) any {
	return NewTypedResolved(x, t, methods, nil)
}

// NewTypedResolved is NewTyped for a t with interfaces inside, whose
// dynamic values resolve tells.
func NewTypedResolved(x any, t *Type, methods []any, resolve Resolver) any {
	calls := make([]reflect.Value, len(methods))
	for i, m := range methods {
		calls[i] = reflect.ValueOf(m)
	}
	typed := Typed{v: unwrap(reflect.ValueOf(x)), t: t, methods: calls, resolve: resolve}
	if t.MethodName == "Error" && t.Method <= len(calls) {
		e := TypedError{Typed: typed}
		if t := reflect.TypeOf(x); t != nil && t.Kind() == reflect.Struct && t.NumField() > 1 && t.Field(0).Name == "IValue" {
			e.original, _ = x.(error)
		}
		return e
	}
	return typed
}

// TypedError is a Typed whose static type has an Error method. original
// is the interpreter's own wrapper of the value, where the cell layer
// handed one (error(x)), for what unwraps fmt.Errorf's %w.
type TypedError struct {
	Typed
	original error
}

// WithCellError is typed, what the printing layer made of the value
// inside original, with original kept to give back where typed is a
// TypedError that has none: the value of an error variable printed under
// fmt.Errorf's %w must unwrap to the interpreter's own error.
func WithCellError(typed, original any) any {
	e, ok := typed.(TypedError)
	if !ok || e.original != nil {
		return typed
	}
	if t := reflect.TypeOf(original); t == nil || t.Kind() != reflect.Struct || t.NumField() < 2 || t.Field(0).Name != "IValue" {
		return typed
	}
	e.original, _ = original.(error)
	return e
}

// CellError is the error as the interpreter made it, nil if it did not
// hand one over.
func (e TypedError) CellError() error { return e.original }

func (e TypedError) Error() string {
	text, _ := callMethod("Error", func() string {
		return e.methods[e.t.Method-1].Call([]reflect.Value{e.v})[0].String()
	}, e.v, 'v')
	return text
}

// Is makes errors.Is find the cell's error value inside what wraps it: the
// value is compared with target's as Go compares them (==), since e itself
// carries functions and is never equal to anything.
func (e TypedError) Is(target error) bool {
	t := unwrap(reflect.ValueOf(target))
	for t.IsValid() && t.Kind() == reflect.Interface {
		t = unwrap(t.Elem())
	}
	if !t.IsValid() || !e.v.IsValid() || t.Type() != e.v.Type() || !t.Comparable() || !t.CanInterface() || !e.v.CanInterface() {
		return false
	}
	return t.Equal(e.v)
}

// TypeName is the value's type as %T prints it.
func (x Typed) TypeName() string { return x.t.Text }

func (x Typed) Format(st fmt.State, verb rune) {
	if strings.HasPrefix(x.t.Text, "%!T") && verb == 'v' && st.Flag('#') {
		// %#v names the type, which the text says is not known.
		fmt.Fprintf(st, "%%!%c%s", verb, strings.TrimPrefix(x.t.Text, "%!T"))
		return
	}
	x.print(st, verb, x.v, x.t, 0, true)
}

// print is fmt's printValue for a value whose static type is t; visible
// says whether fmt could call the value's methods (not those of a value in
// an unexported field).
func (x Typed) print(st fmt.State, verb rune, v reflect.Value, t *Type, depth int, visible bool) {
	if t != nil && t.Kind == reflect.Interface {
		x.printDynamic(st, verb, v, t, depth, visible)
		return
	}
	v = unwrap(v)
	for v.IsValid() && v.Kind() == reflect.Interface {
		v = unwrap(v.Elem())
	}
	if t == nil || !v.IsValid() {
		printValue(st, verb, v, depth, visible)
		return
	}
	if t.Unsure && methodApplies(st, verb) {
		fmt.Fprintf(st, "%%!%c%s", verb, strings.TrimPrefix(t.Text, "%!T"))
		return
	}
	if visible && x.fmtMethod(st, verb, v, t) {
		return
	}
	if t.Method > 0 && visible && methodApplies(st, verb) && t.Method <= len(x.methods) {
		call := func() string { return x.methods[t.Method-1].Call([]reflect.Value{v})[0].String() }
		text, ok := callMethod(t.MethodName, call, v, verb)
		if !ok {
			st.Write([]byte(text))
			return
		}
		fmt.Fprintf(st, fmt.FormatString(st, verb), text)
		return
	}
	sharp := verb == 'v' && st.Flag('#')
	names := verb == 'v' && (sharp || st.Flag('+'))
	switch {
	case t.Kind == reflect.Pointer && v.Kind() == reflect.Pointer:
		switch {
		case sharp && v.IsNil():
			fmt.Fprintf(st, "(%s)(nil)", t.Text)
		case v.IsNil() || depth > 0 || !composite(v.Elem().Kind()):
			deepPointer(st, verb, v, t.Text)
		default:
			st.Write([]byte("&"))
			x.print(st, verb, v.Elem(), t.Elem, depth+1, visible)
		}
	case t.Kind == reflect.Struct && v.Kind() == reflect.Struct && len(t.Fields) == v.NumField():
		if sharp {
			st.Write([]byte(t.Text))
		}
		st.Write([]byte("{"))
		for i, f := range t.Fields {
			if i > 0 {
				st.Write([]byte(separator(sharp)))
			}
			if names {
				st.Write([]byte(f.Name + ":"))
			}
			x.print(st, verb, v.Field(i), f.Type, depth+1, visible && f.Exported)
		}
		st.Write([]byte("}"))
	case (t.Kind == reflect.Slice || t.Kind == reflect.Array) && v.Kind() == t.Kind:
		if b, ok := byteElems(v, verb); ok {
			fmt.Fprintf(st, fmt.FormatString(st, verb), b)
			return
		}
		if sharp {
			if v.Kind() == reflect.Slice && v.IsNil() {
				fmt.Fprintf(st, "%s(nil)", t.Text)
				return
			}
			st.Write([]byte(t.Text + "{"))
		} else {
			st.Write([]byte("["))
		}
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				st.Write([]byte(separator(sharp)))
			}
			x.print(st, verb, v.Index(i), t.Elem, depth+1, visible)
		}
		st.Write([]byte(closer(sharp, "]")))
	case t.Kind == reflect.Map && v.Kind() == reflect.Map:
		if sharp {
			if v.IsNil() {
				fmt.Fprintf(st, "%s(nil)", t.Text)
				return
			}
			st.Write([]byte(t.Text + "{"))
		} else {
			st.Write([]byte("map["))
		}
		for i, k := range sortedKeys(v) {
			if i > 0 {
				st.Write([]byte(separator(sharp)))
			}
			x.print(st, verb, k, t.Key, depth+1, visible)
			st.Write([]byte(":"))
			x.print(st, verb, v.MapIndex(k), t.Elem, depth+1, visible)
		}
		st.Write([]byte(closer(sharp, "]")))
	case v.CanInterface() && (v.Kind() <= reflect.Complex128 || v.Kind() == reflect.String):
		// fmt names the reflect type in a bad verb's error (%!d(float64=2)):
		// the cell type's name replaces it.
		var arg any = v.Interface()
		if !visible {
			arg = withoutMethods(arg)
		}
		text := fmt.Sprintf(fmt.FormatString(st, verb), arg)
		if rest, ok := strings.CutPrefix(text, "%!"+string(verb)+"("+v.Type().String()+"="); ok {
			text = "%!" + string(verb) + "(" + t.Text + "=" + rest
		}
		st.Write([]byte(text))
	default:
		printValue(st, verb, v, depth, visible)
	}
}

// fmtMethod prints v by its Format method, or for %#v by its GoString
// method, as fmt applies them before String and Error; false if neither
// applies.
func (x Typed) fmtMethod(st fmt.State, verb rune, v reflect.Value, t *Type) bool {
	switch {
	case t.Formatter > 0 && t.Formatter <= len(x.methods):
		format := x.methods[t.Formatter-1]
		state := reflect.New(format.Type().In(1)).Elem()
		state.Set(reflect.ValueOf(st))
		// Format writes to st itself: a panic after a partial write
		// leaves what it wrote, as in fmt.
		text, ok := callMethod("Format", func() string {
			format.Call([]reflect.Value{v, state, reflect.ValueOf(verb)})
			return ""
		}, v, verb)
		if !ok {
			st.Write([]byte(text))
		}
		return true
	case t.GoStringer > 0 && t.GoStringer <= len(x.methods) && verb == 'v' && st.Flag('#'):
		call := func() string { return x.methods[t.GoStringer-1].Call([]reflect.Value{v})[0].String() }
		text, ok := callMethod("GoString", call, v, verb)
		if !ok {
			st.Write([]byte(text))
			return true
		}
		fmt.Fprintf(st, fmt.FormatString(st, 's'), text)
		return true
	}
	return false
}

// printDynamic prints the value held in an interface whose static type is
// at, as fmt prints an interface's element: by its dynamic type, a nil one
// as <nil> (%#v names the interface).
func (x Typed) printDynamic(st fmt.State, verb rune, v reflect.Value, at *Type, depth int, visible bool) {
	var t *Type
	if x.resolve != nil {
		v, t = x.resolve(v, at)
	} else {
		v = unwrap(v)
		for v.IsValid() && v.Kind() == reflect.Interface {
			v = unwrap(v.Elem())
		}
	}
	if !v.IsValid() {
		// fmt's own words for a nil interface inside a value, unpadded.
		if verb == 'v' && st.Flag('#') {
			st.Write([]byte(at.Text + "(nil)"))
			return
		}
		st.Write([]byte("<nil>"))
		return
	}
	if t == nil {
		if v.CanInterface() && shapeOf(v.Type()) == native && visible {
			printNested(st, verb, v.Interface())
			return
		}
		printValue(st, verb, v, depth, visible)
		return
	}
	if strings.HasPrefix(t.Text, "%!T") && verb == 'v' && st.Flag('#') {
		// %#v names the type, which is one of several (OneOf).
		fmt.Fprintf(st, "%%!%c%s", verb, strings.TrimPrefix(t.Text, "%!T"))
		return
	}
	x.print(st, verb, v, t, depth, visible)
}

// printNested prints a value of a library type as fmt prints it inside
// another value (a pointer by its address, not as &{...}): fmt itself
// prints it as the element of a slice, whose brackets are cut off.
func printNested(st fmt.State, verb rune, x any) {
	text := fmt.Sprintf(fmt.FormatString(st, verb), []any{x})
	open, end := "[", "]"
	if verb == 'v' && st.Flag('#') {
		open, end = "[]interface {}{", "}"
	}
	if inner, ok := strings.CutPrefix(text, open); ok && strings.HasSuffix(inner, end) {
		st.Write([]byte(inner[:len(inner)-len(end)]))
		return
	}
	fmt.Fprintf(st, fmt.FormatString(st, verb), x)
}

// byteElems is fmt's rule for %s, %q, %x and %X of a slice or array whose
// elements are of kind uint8, whatever their type and its methods ([]Perm
// of a type Perm uint8 with a String method): the elements print as the
// bytes they are, not one by one.
func byteElems(v reflect.Value, verb rune) ([]byte, bool) {
	if !strings.ContainsRune("sqxX", verb) || v.Type().Elem().Kind() != reflect.Uint8 {
		return nil, false
	}
	b := make([]byte, v.Len())
	for i := range b {
		b[i] = byte(v.Index(i).Uint())
	}
	return b, true
}
