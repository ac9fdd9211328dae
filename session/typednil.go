package session

import (
	"fmt"
	"reflect"
	"strings"
)

// typedNil is __gogil.TypedNil (cellsrc/typednil.go): the library
// interface value Go makes of v, a nil of a cell type, which yaegi makes
// the nil interface. sample is a []I whose element is a wrapper yaegi
// made for a value of v's type; the one returned has its type, holds v,
// and has for each method the func that follows the method's name in
// methods: the method value of v, or Go's panic (a string) where Go's
// method value of the nil would dereference it.
//
// With no sample, methods are the name and the full name of the
// interface, which the cell's code could not name: the cell ends with an
// error saying so.
func typedNil(sample, v any, methods ...any) any {
	if sample == nil && len(methods) == 2 {
		name, path := methods[0].(string), methods[1].(string)
		pkg, _ := strings.CutSuffix(path, name[strings.Index(name, "."):])
		panic(typedNilError(fmt.Sprintf("gogil must name %s for it, and the cell does not import %q; import it", name, pkg)))
	}
	s := reflect.ValueOf(sample)
	if s.Kind() != reflect.Slice || s.Len() != 1 {
		panic(typedNilError("the runner was handed no sample wrapper"))
	}
	w := s.Index(0)
	if w.Kind() == reflect.Interface {
		w = w.Elem()
	}
	held := reflect.ValueOf(v)
	if !w.IsValid() || !isInterfaceWrapper(w.Type()) || !held.IsValid() {
		panic(typedNilError(fmt.Sprintf("the interpreter's value of the interface is a %v, not its wrapper", w.Kind())))
	}
	funcs := map[string]any{}
	for i := 0; i+1 < len(methods); i += 2 {
		if name, ok := methods[i].(string); ok {
			funcs[name] = methods[i+1]
		}
	}
	out := reflect.New(w.Type()).Elem()
	out.Field(0).Set(held)
	for i := 1; i < out.NumField(); i++ {
		field := out.Field(i)
		name := out.Type().Field(i).Name[1:] // W<Method>
		switch m := funcs[name].(type) {
		case string:
			field.Set(reflect.MakeFunc(field.Type(), func([]reflect.Value) []reflect.Value { panic(nilMethodPanic(m)) }))
		case nil:
			panic(typedNilError("the interpreter's wrapper has a method " + name + " the value's type has not"))
		default:
			fv := reflect.ValueOf(m)
			switch {
			case fv.Type().AssignableTo(field.Type()):
				field.Set(fv)
			case fv.Type().ConvertibleTo(field.Type()):
				field.Set(fv.Convert(field.Type()))
			default:
				field.Set(reflect.MakeFunc(field.Type(), func(args []reflect.Value) []reflect.Value {
					if field.Type().IsVariadic() {
						return fv.CallSlice(args)
					}
					return fv.Call(args)
				}))
			}
		}
	}
	return out.Interface()
}

// nilMethodPanic is Go's runtime panic calling a method of a typed nil
// that must dereference it.
type nilMethodPanic string

func (e nilMethodPanic) Error() string { return string(e) }
func (nilMethodPanic) RuntimeError()   {}

// typedNilError ends a cell whose typed nil gogil cannot put in a library
// interface as Go does; yaegi would have made it the nil interface.
type typedNilError string

func (typedNilError) gap() {}

func (e typedNilError) Error() string {
	return "gogil cannot convert a nil pointer of a cell type to a library interface (error, fmt.Stringer) here: " + string(e)
}
