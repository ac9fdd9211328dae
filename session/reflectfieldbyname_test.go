package session

import (
	"context"
	"strings"
	"testing"
)

// reflect.Type's FieldByName of a cell struct answers as Go's only when
// every field is exported, plain and not of a cell type (no promoted field
// to find, no renamed one): those cells run, the others are refused
// naming the method, never answered with a renamed field.
func TestReflectFieldByNameOfCellStruct(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\n\t\"fmt\"\n\t\"reflect\"\n)")
	run(t, s, "type Plain struct {\n\tHost string `env:\"HOST\"`\n\tPort int\n}\ntype Hidden struct {\n\tHost string\n\tport int\n}\ntype Outer struct {\n\tPlain\n}")
	rec, _ := run(t, s, "f, ok := reflect.TypeOf(Plain{}).FieldByName(\"Port\")\nfmt.Println(f.Name, f.Index, ok)")
	if got, want := rec.out(), "Port [1] true\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	for _, code := range []string{
		"f, _ := reflect.TypeOf(Hidden{}).FieldByName(\"port\")\nfmt.Println(f.Name)",
		"f, _ := reflect.TypeOf(Outer{}).FieldByName(\"Host\")\nfmt.Println(f.Index)",
	} {
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		if e == nil || !strings.Contains(e.Value, "FieldByName") {
			t.Errorf("%s: error %v, printed %q", code, e, rec.out())
		}
	}
}

// Through an interface the runner decides: a plain cell struct's Field and
// FieldByName answer; one with an unexported or embedded field, or a field
// of a cell type, ends the cell in a gap naming the type.
func TestReflectFieldsThroughInterface(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\n\t\"fmt\"\n\t\"reflect\"\n)")
	run(t, s, "type Plain struct {\n\tHost string `env:\"HOST\"`\n\tPort int\n}\ntype Hidden struct {\n\tHost string\n\tport int\n}\ntype Outer struct {\n\tPlain\n}\ntype Holds struct {\n\tP Plain\n}\nfunc tags(v any) string {\n\trt := reflect.ValueOf(v).Type()\n\ts := \"\"\n\tfor i := 0; i < rt.NumField(); i++ {\n\t\ts += rt.Field(i).Name + \",\"\n\t}\n\treturn s\n}\nfunc has(v any, n string) bool {\n\t_, ok := reflect.TypeOf(v).FieldByName(n)\n\treturn ok\n}")
	rec, _ := run(t, s, "fmt.Println(tags(Plain{}), has(Plain{}, \"Port\"), has(Plain{}, \"port\"), tags(struct{ A int }{}))")
	if got, want := rec.out(), "Host,Port, true false A,\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	for _, code := range []string{
		"fmt.Println(tags(Hidden{}))",
		"fmt.Println(has(Hidden{}, \"port\"))",
		"fmt.Println(tags(Outer{}))",
		"fmt.Println(has(Outer{}, \"Host\"))",
		"fmt.Println(tags(Holds{}))",
		"fmt.Println(has(&Plain{}, \"Host\"))",
	} {
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		if e == nil || !e.Unsupported || !strings.Contains(e.Value, "main.") {
			t.Errorf("%s: error %v, printed %q", code, e, rec.out())
		}
	}
}
