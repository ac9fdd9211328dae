package cellfmt

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Error is the interface under which the interpreter hands a cell value
// with an Error method to the fmt functions (through Exports and the
// MapTypes of those functions), as it does fmt.Stringer for String.
type Error interface{ Error() string }

// errorWrapper is the wrapper yaegi fills for Error: the value, then one
// func field per method, named W and the method (yaegi's convention).
type errorWrapper struct {
	IValue any
	WError func() string
}

func (w errorWrapper) Error() string { return w.WError() }

// shape is what printing a type needs.
type shape uint8

const (
	native     shape = iota // fmt prints it right
	methodWrap              // a yaegi interface wrapper: value and methods
	cellStruct              // contains a cell struct with renamed fields
)

var shapes sync.Map // reflect.Type -> shape

func shapeOf(t reflect.Type) shape {
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map, reflect.Struct:
	default:
		return native // numbers, strings: no cache lookup on the common path
	}
	if s, ok := shapes.Load(t); ok {
		return s.(shape)
	}
	s := findShape(t, map[reflect.Type]bool{})
	shapes.Store(t, s)
	return s
}

func findShape(t reflect.Type, seen map[reflect.Type]bool) shape {
	if seen[t] {
		return native
	}
	seen[t] = true
	if isWrapper(t) {
		return methodWrap
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		if findShape(t.Elem(), seen) != native {
			return cellStruct
		}
	case reflect.Map:
		if findShape(t.Key(), seen) != native || findShape(t.Elem(), seen) != native {
			return cellStruct
		}
	case reflect.Struct:
		if t.Name() != "" {
			return native // a native named type prints its own way
		}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if renamed(f.Name) || findShape(f.Type, seen) != native {
				return cellStruct
			}
		}
	}
	return native
}

// isWrapper tells yaegi's interface wrappers by their layout, not by
// package, so that regenerated symbol tables keep working.
func isWrapper(t reflect.Type) bool {
	if t.Kind() != reflect.Struct || !strings.HasPrefix(t.Name(), "_") || t.NumField() < 2 {
		return false
	}
	if f := t.Field(0); f.Name != "IValue" || f.Type.Kind() != reflect.Interface {
		return false
	}
	for i := 1; i < t.NumField(); i++ {
		if f := t.Field(i); !strings.HasPrefix(f.Name, "W") || f.Type.Kind() != reflect.Func {
			return false
		}
	}
	return true
}

// renamed tells a field yaegi exported by prefixing X to a lower-case name
// (x -> Xx); an exported name never has a non-upper-case letter after X
// unless the cell wrote it so (Xy), which cannot be told apart.
func renamed(name string) bool {
	if len(name) < 2 || name[0] != 'X' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(name[1:])
	return !unicode.IsUpper(r)
}

// fieldName is the name the cell wrote: every blank field has a name of
// its own (blankFieldMark, cellsrc.BlankFieldMark), which yaegi's
// reflect.StructOf needs.
func fieldName(name string) string {
	if renamed(name) {
		if strings.HasPrefix(name[1:], blankFieldMark) {
			return "_"
		}
		return name[1:]
	}
	return name
}

const blankFieldMark = "_gogilBlank"

// method is a wrapped value's method to call for fmt: Error before String,
// as fmt does.
func method(w reflect.Value) (name string, call func() string) {
	t := w.Type()
	for _, want := range []string{"WError", "WString"} {
		if f, ok := t.FieldByName(want); ok {
			if fn, ok := w.FieldByIndex(f.Index).Interface().(func() string); ok && fn != nil {
				return want[1:], fn
			}
		}
	}
	return "", nil
}

// unwrap is the value inside a yaegi wrapper.
func unwrap(v reflect.Value) reflect.Value {
	for v.IsValid() && isWrapper(v.Type()) {
		v = v.Field(0)
		if v.Kind() == reflect.Interface {
			v = v.Elem()
		}
	}
	return v
}

// PackagePath is where Symbols go in the interpreter: yaegi finds the
// wrapper of an interface by the interface's package path and name.
const PackagePath = "github.com/gogil/gogil/session/cellfmt"

// Symbols are the interface Error, the Writer interfaces and their wrappers, for the interpreter's
// Use under PackagePath + "/cellfmt".
func Symbols() map[string]reflect.Value {
	symbols := map[string]reflect.Value{
		"Error":  reflect.ValueOf((*Error)(nil)),
		"_Error": reflect.ValueOf((*errorWrapper)(nil)),
	}
	writerSymbols(symbols)
	return symbols
}

// Wrapped are the interfaces a cell value is handed to a printing function
// under, first match first: Error before String, as fmt prefers it.
func Wrapped() []reflect.Type {
	return []reflect.Type{
		reflect.TypeFor[fmt.Formatter](),
		reflect.TypeFor[Error](),
		reflect.TypeFor[fmt.Stringer](),
	}
}

// FieldName is the name a cell wrote for the struct field the interpreter
// calls name, and whether the cell exported it.
func FieldName(name string) (string, bool) { return fieldName(name), !renamed(name) }
