package session

import (
	"reflect"

	"github.com/gogil/gogil/session/cellfmt"
	"github.com/gogil/gogil/session/cellsrc"
)

// reflectedType is __gogil.ReflectedType (cellsrc/reflectdynamic.go): t,
// a reflect.Type of a value a cell held in an interface, used for what
// the interpreter's type of a cell type answers wrongly (why: "its Name
// method"). t comes back unless it is, or is made of, a cell type, the
// interpreter's box of one, or the stand-in of one: then the cell ends in
// a gap rather than print a name-less or renamed type.
func (r *cellTypeRegistry) reflectedType(t reflect.Type, why string) reflect.Type {
	if t == nil {
		return nil
	}
	if cellsrc.FieldsUse(why) && r.plainStruct(t) {
		return t
	}
	if name, ok := r.cellTypeIn(t, map[reflect.Type]bool{}); ok {
		panic(gapf("gogil cannot reflect on %s, a type declared in a cell, reached through an interface, an element or a field, with %s: the interpreter's reflect type of it has no name, no methods, and unexported or embedded fields that look exported and plain; Kind, NumField and reflect.ValueOf's exported fields answer as Go does", name, why))
	}
	return t
}

// reflectValueString is __gogil.ReflectValueString
// (cellsrc/reflectdynamic.go): v.String(), which for a kind other than
// string names v's type, as <main.Person Value>; of a cell type, or one
// made of it, the interpreter's type has no name, so the cell ends in a
// gap rather than print <struct { Name string } Value>.
func (r *cellTypeRegistry) reflectValueString(v reflect.Value) string {
	if v.IsValid() && v.Kind() != reflect.String {
		if name, ok := r.cellTypeIn(v.Type(), map[reflect.Type]bool{}); ok {
			panic(gapf("gogil cannot give reflect.Value's String of a value of %s, a type declared in a cell: it names the type, and the interpreter's reflect type of it has no name; String of a string kind, Kind, and %%T answer as Go does", name))
		}
	}
	return v.String()
}

// cellTypeIn names a cell type t is or is made of.
func (r *cellTypeRegistry) cellTypeIn(t reflect.Type, seen map[reflect.Type]bool) (string, bool) {
	if seen[t] {
		return "", false
	}
	seen[t] = true
	if isBox(t) {
		return "a value in the interpreter's box", true
	}
	if names := r.names(t); len(names) > 0 {
		return cellfmt.MainName(names[0]), true
	}
	if name, ok := r.standinName(t); ok {
		return cellfmt.MainName(name), true
	}
	if t.Name() != "" {
		return "", false
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
		return r.cellTypeIn(t.Elem(), seen)
	case reflect.Map:
		if name, ok := r.cellTypeIn(t.Key(), seen); ok {
			return name, ok
		}
		return r.cellTypeIn(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			if name, ok := r.cellTypeIn(t.Field(i).Type, seen); ok {
				return name, ok
			}
		}
	}
	return "", false
}

// plainStruct: t is the reflect type of cell struct types (top-level, as
// registered) whose fields are all exported and not embedded, none of a
// cell type: the interpreter's Field and FieldByName of it answer as Go's,
// with no renamed field and no promoted one to find.
func (r *cellTypeRegistry) plainStruct(t reflect.Type) bool {
	if t.Kind() != reflect.Struct || isBox(t) {
		return false
	}
	names := r.names(t)
	if len(names) == 0 {
		return false
	}
	r.mu.Lock()
	for _, name := range names {
		f, ok := r.fields[name]
		if !ok || f.t != t || len(f.embedded) > 0 || len(f.hidden) > 0 {
			r.mu.Unlock()
			return false
		}
	}
	r.mu.Unlock()
	for i := range t.NumField() {
		if _, cell := r.cellTypeIn(t.Field(i).Type, map[reflect.Type]bool{}); cell {
			return false
		}
	}
	return true
}
