package session

import (
	"context"
	"strings"
	"testing"
)

// reflect.TypeOf of a value held in an interface: a cell type's reflect
// type has no name, so a use beyond its kind ends the cell in a gap naming
// the type and the use (cellsrc/reflectdynamic.go); a library type, and a
// cell type asked only its kind and field count, answer as Go does.
func TestReflectTypeThroughInterface(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\n\t\"fmt\"\n\t\"reflect\"\n)")
	run(t, s, "type Config struct {\n\tHost string\n\tport int\n}\nfunc name(v any) string { return reflect.TypeOf(v).Name() }\nfunc kind(v any) string {\n\tt := reflect.TypeOf(v)\n\treturn fmt.Sprint(t.Kind(), t.NumField())\n}")
	rec, _ := run(t, s, "fmt.Println(name(3), name(\"s\"), kind(Config{}))\nfmt.Println(reflect.ValueOf(any(2.5)).Type().String())")
	if got, want := rec.out(), "int string struct 2\nfloat64\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	for _, code := range []string{
		"fmt.Println(name(Config{}))",
		"fmt.Println(name(&Config{}))",
		"fmt.Println(name([]Config{}))",
		"var x any = Config{}\nfmt.Println(reflect.ValueOf(x).Type())",
	} {
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		// Refused at the call (reflectoperand.go) or at the use
		// (reflectcheck.go): a gap naming the type either way.
		if e == nil || !e.Unsupported || !strings.Contains(e.Value, "main.Config") {
			t.Errorf("%s: error %v, printed %q", code, e, rec.out())
		}
	}
}
