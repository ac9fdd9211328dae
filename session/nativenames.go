package session

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
	texttemplate "text/template"

	"github.com/gogil/gogil/session/cellfmt"
)

// Native packages write a value's type into their errors from its reflect
// type, which for a cell's struct type is the unnamed struct yaegi made
// (text/template's "can't evaluate field X in type struct { Name string;
// ... }", encoding/json's "Go value of type []struct {...}") where Go says
// main.Recipient. The calls of those packages that return an error alone
// go through __gogil.NamedError (cellsrc/nativeerrors.go), which puts the
// cell types' names back: in the fields of the errors it knows (keeping
// their types, for errors.As and type switches), in the text of any other.
// A reflect type that several cell types share is named by all of them
// (cellfmt.OneOf), never one picked.

// namedError is __gogil.NamedError: fn(args...) for a function or method
// value fn of a native package whose one result is an error; methods are
// the cell types' methods a template cannot call (T.M, comma-separated).
func (r *cellTypeRegistry) namedError(fn any, methods string, args ...any) error {
	f := reflect.ValueOf(fn)
	ft := f.Type()
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		pt := ft.In(min(i, ft.NumIn()-1))
		if ft.IsVariadic() && i >= ft.NumIn()-1 {
			pt = pt.Elem()
		}
		v := reflect.ValueOf(a)
		switch {
		case !v.IsValid():
			v = reflect.Zero(pt)
		case v.Type().AssignableTo(pt):
		case v.Type().ConvertibleTo(pt):
			v = v.Convert(pt)
		default:
			panic(gapf("gogil: cannot pass a %s as the %s that %s takes", v.Type(), pt, ft))
		}
		in[i] = v
	}
	if methods != "" && len(args) > 0 {
		r.refuseTemplateStringers(reflect.TypeOf(args[len(args)-1]), methods)
	}
	err, _ := f.Call(in)[0].Interface().(error)
	var target any
	if len(args) > 0 {
		target = args[len(args)-1]
	}
	err = r.renameError(err, target)
	if err != nil && methods != "" {
		refuseTemplateMethod(err.Error(), methods)
	}
	return r.unexportedTemplateField(err)
}

// templateField is text/template's error for a name it found no field or
// method of.
var templateField = regexp.MustCompile(`can't evaluate field (\w+) in type \*?main\.(\w+)`)

// refuseTemplateMethod ends the cell where a template looked for a method
// of a cell type, which it cannot see on the interpreter's values: Go
// would have called it.
func refuseTemplateMethod(text, methods string) {
	m := templateField.FindStringSubmatch(text)
	if m == nil {
		return
	}
	want := m[2] + "." + m[1]
	for _, have := range strings.Split(methods, ",") {
		if have == want {
			panic(templateMethodError(want))
		}
	}
}

// refuseTemplateStringers ends the cell before a template runs on data
// whose type holds a cell type with a String or Error method, which the
// template would print in place of the value: it sees no methods of the
// interpreter's values and would print the value itself. A reflect type
// several cell types share counts for each.
func (r *cellTypeRegistry) refuseTemplateStringers(t reflect.Type, methods string) {
	have := map[string]bool{}
	for _, m := range strings.Split(methods, ",") {
		have[m] = true
	}
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		for _, name := range r.names(t) {
			base := strings.TrimPrefix(name, "*")
			for _, m := range []string{"String", "Error"} {
				if have[base+"."+m] {
					panic(templateMethodError(base + "." + m))
				}
			}
		}
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
			walk(t.Elem())
		case reflect.Map:
			walk(t.Key())
			walk(t.Elem())
		case reflect.Struct:
			for i := range t.NumField() {
				walk(t.Field(i).Type)
			}
		}
	}
	walk(t)
}

type templateMethodError string

func (e templateMethodError) Error() string {
	return "gogil cannot run a template on data whose type has the method " + string(e) + " (a type declared in a cell), which the template may call: native packages see no methods of the interpreter's values; call it in the cell and put its result in the template's data"
}

// renameError is err naming cell types as Go does; target is the value
// decoded into, whose type names the struct of a json field.
func (r *cellTypeRegistry) renameError(err error, target any) error {
	if err == nil {
		return nil
	}
	switch e := err.(type) {
	case *json.UnmarshalTypeError:
		c := *e
		c.Type = r.renameType(e.Type)
		return nameJSONStruct(&c, target, r.names, r.localNames, r.plainField)
	case *json.InvalidUnmarshalError:
		return &json.InvalidUnmarshalError{Type: r.renameType(e.Type)}
	case *json.UnsupportedTypeError:
		return &json.UnsupportedTypeError{Type: r.renameType(e.Type)}
	case *xml.UnsupportedTypeError:
		return &xml.UnsupportedTypeError{Type: r.renameType(e.Type)}
	case texttemplate.ExecError:
		if inner := r.renameError(e.Err, nil); inner != e.Err {
			return texttemplate.ExecError{Name: e.Name, Err: inner}
		}
		return err
	}
	text := err.Error()
	if renamed := r.renameText(text); renamed != text {
		return renamedError{text: renamed, err: err}
	}
	return err
}

// renamedError is an error whose text named cell types by their reflect
// types; errors.Is and errors.As still reach it.
type renamedError struct {
	text string
	err  error
}

func (e renamedError) Error() string { return e.text }
func (e renamedError) Unwrap() error { return e.err }

// renameType is t, answering String and Name as Go would for a type made
// of cell struct types; t itself where nothing changes.
func (r *cellTypeRegistry) renameType(t reflect.Type) reflect.Type {
	if t == nil {
		return nil
	}
	s := r.typeString(t)
	if s == t.String() {
		return t
	}
	name := ""
	if _, base, ok := strings.Cut(s, "main."); ok && !strings.ContainsAny(base, "[]*{}(). ") {
		name = base
	}
	return namedType{Type: t, text: s, name: name}
}

// namedType is a reflect.Type whose String (and Name) are the cell's
// names; everything else is the interpreter's type's.
type namedType struct {
	reflect.Type
	text, name string
}

func (t namedType) String() string { return t.text }
func (t namedType) Name() string   { return t.name }

// typeString is t as %T prints it, a cell's struct type by its name. Only
// struct types are renamed: yaegi gives `type code int` the type int,
// which stays what it says.
func (r *cellTypeRegistry) typeString(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Struct:
		if t.Name() != "" {
			return t.String()
		}
		switch names := r.names(t); len(names) {
		case 0:
			return t.String()
		case 1:
			return cellfmt.MainName(names[0])
		default:
			shown := make([]string, len(names))
			for i, n := range names {
				shown[i] = cellfmt.MainName(n)
			}
			return cellfmt.OneOf(shown)
		}
	case reflect.Pointer:
		return "*" + r.typeString(t.Elem())
	case reflect.Slice:
		return "[]" + r.typeString(t.Elem())
	case reflect.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), r.typeString(t.Elem()))
	case reflect.Map:
		return "map[" + r.typeString(t.Key()) + "]" + r.typeString(t.Elem())
	}
	return t.String()
}

// renameText replaces in text each cell struct type's reflect string by
// its name, the longest first (a struct may hold another).
func (r *cellTypeRegistry) renameText(text string) string {
	if !strings.Contains(text, "struct {") {
		return text
	}
	r.mu.Lock()
	var structs []reflect.Type
	for t := range r.byType {
		if t.Kind() == reflect.Struct && t.Name() == "" {
			structs = append(structs, t)
		}
	}
	r.mu.Unlock()
	sort.Slice(structs, func(i, j int) bool { return len(structs[i].String()) > len(structs[j].String()) })
	for _, t := range structs {
		if s := t.String(); strings.Contains(text, s) {
			text = strings.ReplaceAll(text, s, r.typeString(t))
		}
	}
	return text
}
