package session

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// The struct a JSON error names is the cell type when exactly one has its
// shape, through nested fields too; when it cannot be told the cell ends
// (want ""), rather than print a name Go would not.
func TestNameJSONStruct(t *testing.T) {
	// Unnamed struct types, as yaegi gives a cell's.
	type outer = struct {
		Address struct {
			Zip int `json:"zip"`
		} `json:"address"`
		Age int
	}
	one := func(reflect.Type) []string { return []string{"Address"} }
	two := func(reflect.Type) []string { return []string{"Address", "Place"} }
	for _, c := range []struct {
		data  string
		names func(reflect.Type) []string
		want  string
	}{
		{`{"address":{"zip":"x"}}`, one, "Go struct field Address.address.zip"},
		{`{"address":{"zip":"x"}}`, two, ""},
		{`{"age":"old"}`, one, "Go struct field Address.Age"},
	} {
		var v outer
		if c.want == "" {
			func() {
				defer func() {
					if r := recover(); !isGap(r) {
						t.Errorf("%s: recovered %v, want a gap", c.data, r)
					}
				}()
				nameJSONStruct(json.Unmarshal([]byte(c.data), &v), &v, c.names)
			}()
			continue
		}
		err := nameJSONStruct(json.Unmarshal([]byte(c.data), &v), &v, c.names)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want it to say %q", c.data, err, c.want)
		}
	}
}
