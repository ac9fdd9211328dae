package session

import (
	"context"
	"strings"
	"testing"
)

// A Value reassigned from itself (v = v.Elem()) and a field grown with
// f.Set(reflect.Append(f, x)) are followed, not refused as handed on: a
// plain cell struct runs, one with an unexported field still ends in a
// gap naming it.
func TestReflectValueReassignedThroughInterface(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\n\t\"fmt\"\n\t\"reflect\"\n)")
	run(t, s, "type Plain struct {\n\tName string\n\tTags []string\n}\ntype Hidden struct {\n\tName string\n\ttags []string\n}\nfunc grow(dst any, tag string) int {\n\tv := reflect.ValueOf(dst)\n\tv = v.Elem()\n\tn := 0\n\tfor i := 0; i < v.NumField(); i++ {\n\t\tif f := v.Field(i); f.Kind() == reflect.Slice {\n\t\t\tf.Set(reflect.Append(f, reflect.ValueOf(tag)))\n\t\t\tn++\n\t\t}\n\t}\n\treturn n\n}")
	rec, _ := run(t, s, "p := Plain{Name: \"p\"}\nfmt.Println(grow(&p, \"a\"), grow(&p, \"b\"), p.Tags)")
	if got, want := rec.out(), "1 1 [a b]\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	rec = &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "h := Hidden{}\nfmt.Println(grow(&h, \"a\"))"}, rec)
	if e == nil || !e.Unsupported || !strings.Contains(e.Value, "main.Hidden") || rec.out() != "" {
		t.Errorf("error %v, printed %q", e, rec.out())
	}
}
