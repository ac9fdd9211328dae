package session

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"

	"github.com/gogil/gogil/session/cellfmt"
)

// encoding/json names the struct of a field it could not fill by its
// reflect type's name, which yaegi leaves empty for a cell's struct types:
// "Go struct field .age" where Go says "Go struct field User.age". The
// Unmarshal cells call (encodings.go) puts the cell type's name back when the runner's
// registry knows it for sure (one type of that shape, declared at the top
// level of a cell or in a function body whose declaration has run),
// nothing for a struct literal type (as Go: no type of its shape was
// declared, or it is a field's type of a top-level cell type), and ends
// the cell in a gap when it cannot tell (two types of one shape): never
// another type's name, nor a made-up one. locals names the types declared
// in function bodies (cellsrc/localtypes.go), and says whether it knows
// them all. The type of the field, which Go's error names too, is a plain
// int to the interpreter for a cell's `type Level int`: where a cell type
// has the field's reflect type, and plain does not say the field was
// declared of predeclared types alone, the cell ends in a gap too.

func nameJSONStruct(err error, v any, names cellfmt.Namer, locals func(reflect.Type) ([]string, bool), plain func(structName, field string) bool) error {
	var ute *json.UnmarshalTypeError
	if !errors.As(err, &ute) {
		return err
	}
	if ute.Struct != "" || ute.Field == "" {
		if !declaredPlain(ute, v, plain) {
			refuseCellBasic(ute, err, names)
		}
		return err
	}
	unknown := func() error {
		panic(gapf("gogil cannot name the struct type of the JSON field %q in encoding/json's error (%v): the interpreter's reflect type of it has no name, and no single type declared at the top level of a cell has its shape; declare the struct type at the top level of a cell, under a name of its own", ute.Field, err))
	}
	// Go names the struct of the JSON object that holds the field: a hop
	// through an embedded field (Person in Employee.Person.age) stays in
	// it.
	t := structOf(reflect.TypeOf(v))
	root, named := t, t
	path := strings.Split(ute.Field, ".")
	for _, key := range path[:len(path)-1] {
		if t == nil {
			return unknown()
		}
		f, ok := jsonField(t, key)
		if !ok {
			return unknown()
		}
		t = structOf(f.Type)
		if !f.Anonymous {
			named = t
		}
	}
	if named == nil {
		return unknown()
	}
	n := names(named)
	if len(n) == 0 && named != root && len(names(root)) > 0 {
		// A field's struct type no top-level cell type has, reached
		// from a top-level cell type (whose fields cannot be of a type
		// declared in a function): a struct literal type, which Go's
		// reflect names "" too.
		return err
	}
	local, sure := locals(named)
	all := append(slices.Clone(n), local...)
	slices.Sort(all)
	switch all = slices.Compact(all); {
	case len(all) == 0 && sure:
		// No type of its shape was declared: a struct literal type.
	case len(all) == 1:
		ute.Struct = all[0]
	default:
		return unknown()
	}
	if !declaredPlain(ute, v, plain) {
		refuseCellBasic(ute, err, names)
	}
	return err
}

// structOf is the struct type t holds through pointers, slices, arrays
// and maps; nil if none.
func structOf(t reflect.Type) reflect.Type {
	for t != nil {
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
			t = t.Elem()
		case reflect.Struct:
			return t
		default:
			return nil
		}
	}
	return nil
}

// jsonField is t's field that JSON key names, as encoding/json matches
// it (the tag's name, else the field's name, case folded).
func jsonField(t reflect.Type, key string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		name := f.Name
		if tag, _, _ := strings.Cut(f.Tag.Get("json"), ","); tag != "" && tag != "-" {
			name = tag
		}
		if strings.EqualFold(name, key) {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// declaredPlain: the field ute names was declared of predeclared types
// alone in the struct type ute names (no embedded struct between them),
// so that the int Go's error names is an int.
func declaredPlain(ute *json.UnmarshalTypeError, v any, plain func(string, string) bool) bool {
	if ute.Struct == "" || ute.Field == "" {
		return false
	}
	t := structOf(reflect.TypeOf(v))
	path := strings.Split(ute.Field, ".")
	for _, key := range path[:len(path)-1] {
		if t == nil {
			return false
		}
		f, ok := jsonField(t, key)
		if !ok || f.Anonymous {
			return false
		}
		t = structOf(f.Type)
	}
	if t == nil {
		return false
	}
	f, ok := jsonField(t, path[len(path)-1])
	return ok && plain(ute.Struct, f.Name)
}

// refuseCellBasic ends the cell where the type ute names is a plain int
// to the interpreter and may be a cell's `type Level int` in Go's error
// ("of type main.Level"): a cell type has that reflect type.
func refuseCellBasic(ute *json.UnmarshalTypeError, err error, names cellfmt.Namer) {
	if ute.Type == nil || ute.Type.Kind() == reflect.Struct || ute.Type.Kind() == reflect.Pointer {
		return
	}
	if cell := names(ute.Type); len(cell) > 0 {
		panic(gapf("gogil cannot name the Go type in encoding/json's error (%v): the interpreter's reflect type there is %s, which the cell type %s is too, and Go's error names the type as it was declared", err, ute.Type, strings.Join(cell, " or ")))
	}
}
