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
