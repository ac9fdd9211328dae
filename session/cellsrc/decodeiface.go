package cellsrc

import (
	"go/types"
	"reflect"
	"strings"
)

// yaegi v0.16.1 gives an interface type a cell declares, methods and all,
// the reflect type interface{}: encoding/json, asked to decode into one,
// stores a map[string]any (or a float64, a string...) in it and reports no
// error, where Go's json reports "cannot unmarshal object into Go value of
// type main.Shape", and where Go decodes into the pointer a non-nil one
// holds, the interpreter's replaces it. decodedCellInterface finds, in
// what a json decode writes into, such an interface, so that the call is
// refused before the cell runs (encoding/xml skips an interface of either
// kind, as Go's does, and needs no refusal).

// jsonDecodes are the encoding/json functions and methods that write into
// their value.
var jsonDecodes = map[string]bool{"Unmarshal": true, "Decode": true}

// decodedCellInterface finds, in t or what json decodes into through it
// (the fields it sets, the targets of pointers, the elements of slices,
// arrays and maps), an interface type declared in a cell with at least one
// method.
func decodedCellInterface(t types.Type, seen map[types.Type]bool) *types.Named {
	if seen[t] {
		return nil
	}
	seen[t] = true
	switch u := t.(type) {
	case *types.Named:
		if !inMain(u.Obj()) {
			return nil
		}
		if iface, ok := u.Underlying().(*types.Interface); ok {
			if iface.NumMethods() > 0 {
				return u
			}
			return nil
		}
		return decodedCellInterface(u.Underlying(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			f := u.Field(i)
			name, _, _ := strings.Cut(reflect.StructTag(u.Tag(i)).Get("json"), ",")
			if name == "-" || !f.Exported() && !f.Embedded() {
				continue
			}
			if n := decodedCellInterface(f.Type(), seen); n != nil {
				return n
			}
		}
		return nil
	case *types.Map:
		// A map's key json decodes from a string only into a string or
		// integer kind or a TextUnmarshaler, never an interface.
		return decodedCellInterface(u.Elem(), seen)
	}
	for _, e := range held(t) {
		if n := decodedCellInterface(e, seen); n != nil {
			return n
		}
	}
	return nil
}
