package session

import (
	"encoding/binary"
	"io"
	"reflect"
	"strings"
	"sync"

	"github.com/traefik/yaegi/interp"
)

// encoding/binary's Read and Decode skip a struct's blank fields (Go lets
// no code name them, so they stay zero), but the interpreter's struct type
// names them X_gogilBlank1... (cellsrc.RenameBlankFields): settable,
// so binary filled them with the bytes Go skips, and the cell printed or
// wrote back a padding field that Go's is zero. routeBinaryBlanks swaps
// those functions for ones that put the blank fields back as they were.
//
// Go's Read and Decode panic setting a field the cell left unexported
// (reflect's "using value obtained using unexported field"), which the
// interpreter's type exports: they end the cell as a gap there instead,
// so that it runs as Go's program and panics as it does.
func routeBinaryBlanks(i *interp.Interpreter, reg *cellTypeRegistry) {
	table := i.Symbols("encoding/binary")["encoding/binary"]
	if table == nil {
		return
	}
	table["Read"] = reflect.ValueOf(func(r io.Reader, order binary.ByteOrder, data any) error {
		reg.refuseUnexportedBinary("binary.Read", data)
		defer keepBlankFields(data)()
		return binary.Read(r, order, data)
	})
	table["Decode"] = reflect.ValueOf(func(buf []byte, order binary.ByteOrder, data any) (int, error) {
		reg.refuseUnexportedBinary("binary.Decode", data)
		defer keepBlankFields(data)()
		return binary.Decode(buf, order, data)
	})
}

// refuseUnexportedBinary ends the cell where data (a pointer or slice)
// holds a top-level cell struct type with a field the cell left
// unexported (not blank), which Go's binary would panic setting.
func (reg *cellTypeRegistry) refuseUnexportedBinary(call string, data any) {
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type) string
	walk = func(t reflect.Type) string {
		if t == nil || seen[t] {
			return ""
		}
		seen[t] = true
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			return walk(t.Elem())
		case reflect.Struct:
			info, known, _ := reg.fieldsOf(t)
			for i := range t.NumField() {
				name := t.Field(i).Name
				if known && info.hidden[i] && !blankField(name) {
					return strings.TrimPrefix(name, "X")
				}
				if f := walk(t.Field(i).Type); f != "" {
					return f
				}
			}
		}
		return ""
	}
	if field := walk(reflect.TypeOf(data)); field != "" {
		panic(gapf("gogil cannot run %s into a struct with the unexported field %s: Go's %s panics setting it (reflect: using value obtained using unexported field), but the interpreter's type exports it; export the field", call, field, call))
	}
}

// blankField: name is the interpreter's name of a field the cell wrote as
// _.
func blankField(name string) bool {
	return strings.HasPrefix(name, "X"+blankMark)
}

const blankMark = "_gogilBlank" // cellsrc.BlankFieldMark

// hasBlanks caches, per type, whether a value of it holds a blank struct
// field binary would reach (through structs and arrays; binary reads a
// slice only as data's own, which keepBlankFields walks).
var hasBlanks sync.Map

func typeHasBlanks(t reflect.Type) bool {
	if v, ok := hasBlanks.Load(t); ok {
		return v.(bool)
	}
	found := false
	switch t.Kind() {
	case reflect.Struct:
		for i := range t.NumField() {
			if blankField(t.Field(i).Name) || typeHasBlanks(t.Field(i).Type) {
				found = true
				break
			}
		}
	case reflect.Array:
		found = typeHasBlanks(t.Elem())
	}
	hasBlanks.Store(t, found)
	return found
}

// keepBlankFields saves the blank fields data (a pointer or a slice, as
// binary takes) reaches, and returns what puts them back.
func keepBlankFields(data any) func() {
	v := reflect.ValueOf(data)
	switch {
	case !v.IsValid():
		return func() {}
	case v.Kind() == reflect.Pointer && !v.IsNil():
		v = v.Elem()
	case v.Kind() != reflect.Slice:
		return func() {}
	}
	t := v.Type()
	if v.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if !typeHasBlanks(t) {
		return func() {}
	}
	var saved []func()
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		if !typeHasBlanks(v.Type()) && v.Kind() != reflect.Slice {
			return
		}
		switch v.Kind() {
		case reflect.Struct:
			for i := range v.NumField() {
				f := v.Field(i)
				if !blankField(v.Type().Field(i).Name) {
					walk(f)
					continue
				}
				if !f.CanSet() {
					continue
				}
				old := reflect.New(f.Type()).Elem()
				old.Set(f)
				saved = append(saved, func() { f.Set(old) })
			}
		case reflect.Array, reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		}
	}
	walk(v)
	return func() {
		for _, put := range saved {
			put()
		}
	}
}
