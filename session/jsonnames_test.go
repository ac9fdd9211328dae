package session

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// The struct a JSON error names is the cell type when exactly one has its
// shape, through nested fields too, top-level or local; none when no type
// has it (a struct literal type, as Go); when it cannot be told (two of
// that shape, or a generic function declared local types), the call ends
// in a gap rather than name one.
func TestNameJSONStruct(t *testing.T) {
	// Unnamed struct types, as yaegi gives a cell's.
	type outer = struct {
		Address struct {
			Zip int `json:"zip"`
		} `json:"address"`
		Age int
	}
	// The struct types' names; an int is no cell type's.
	one := func(t reflect.Type) []string {
		if t.Kind() != reflect.Struct {
			return nil
		}
		return []string{"Address"}
	}
	two := func(t reflect.Type) []string {
		if t.Kind() != reflect.Struct {
			return nil
		}
		return []string{"Address", "Place"}
	}
	outerOnly := func(t reflect.Type) []string {
		if t == reflect.TypeOf(outer{}) {
			return []string{"Outer"}
		}
		return nil
	}
	noLocals := func(reflect.Type) ([]string, bool) { return nil, true }
	unknownLocals := func(reflect.Type) ([]string, bool) { return nil, false }
	localCfg := func(t reflect.Type) ([]string, bool) {
		if t == reflect.TypeOf(outer{}) {
			return []string{"cfg"}, true
		}
		return nil, true
	}
	for _, c := range []struct {
		data   string
		names  func(reflect.Type) []string
		locals func(reflect.Type) ([]string, bool)
		want   string
	}{
		{`{"address":{"zip":"x"}}`, one, noLocals, "Go struct field Address.address.zip"},
		{`{"address":{"zip":"x"}}`, two, noLocals, "gap"},
		{`{"age":"old"}`, func(reflect.Type) []string { return nil }, noLocals, "Go struct field .Age"},
		{`{"age":"old"}`, func(reflect.Type) []string { return nil }, unknownLocals, "gap"},
		{`{"age":"old"}`, func(reflect.Type) []string { return nil }, localCfg, "Go struct field cfg.Age"},
		{`{"age":"old"}`, one, localCfg, "gap"},
		{`{"age":"old"}`, one, noLocals, "Go struct field Address.Age"},
		// Only the outer struct is a cell type: the field's struct
		// literal type has no name, in Go's message too.
		{`{"address":{"zip":"x"}}`, outerOnly, unknownLocals, "Go struct field .address.zip"},
		{`{"age":"old"}`, outerOnly, noLocals, "Go struct field Outer.Age"},
	} {
		var v outer
		var err error
		func() {
			defer func() {
				if p := recover(); p != nil {
					if !isGap(p) {
						panic(p)
					}
					err = errors.New("gap")
				}
			}()
			err = nameJSONStruct(json.Unmarshal([]byte(c.data), &v), &v, c.names, c.locals, func(string, string) bool { return false })
		}()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want it to say %q", c.data, err, c.want)
		}
	}
}
