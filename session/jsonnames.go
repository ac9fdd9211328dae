package session

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"

	"github.com/gogil/gogil/session/cellfmt"
)

// encoding/json names the struct of a field it could not fill by its
// reflect type's name, which yaegi leaves empty for a cell's struct types:
// "Go struct field .age" where Go says "Go struct field User.age". The
// Unmarshal cells call (encodings.go) puts the cell type's name back when the runner's
// registry knows it for sure (one cell type of that shape), and ends the
// cell when it does not: never another type's name, nor a made-up one.

func nameJSONStruct(err error, v any, names cellfmt.Namer) error {
	var ute *json.UnmarshalTypeError
	if !errors.As(err, &ute) || ute.Struct != "" || ute.Field == "" {
		return err
	}
	// "?" would be printed where Go names the struct (Envelope[int], an
	// instance of a generic type the registry does not know, or "" for an
	// anonymous struct): a wrong value, so the cell ends.
	refuse := func() {
		panic(gapf("gogil: json's error names the struct of the field %s by its type, which gogil cannot name here (an instance of a generic struct type of the cells, an anonymous struct, or several cell types of one shape): its interpreter's struct types have no names", ute.Field))
	}
	// Go names the struct of the JSON object that holds the field: a hop
	// through an embedded field (Person in Employee.Person.age) stays in
	// it.
	t := structOf(reflect.TypeOf(v))
	named := t
	path := strings.Split(ute.Field, ".")
	for _, key := range path[:len(path)-1] {
		if t == nil {
			refuse()
		}
		f, ok := jsonField(t, key)
		if !ok {
			refuse()
		}
		t = structOf(f.Type)
		if !f.Anonymous {
			named = t
		}
	}
	if named == nil {
		refuse()
	}
	n := names(named)
	if len(n) != 1 {
		refuse()
	}
	ute.Struct = n[0]
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
