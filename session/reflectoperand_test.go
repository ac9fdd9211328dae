package session

import (
	"context"
	"strings"
	"testing"
)

// reflect.TypeOf and reflect.ValueOf(v).Type() of a cell value held in an
// interface named it "" and printed it as its struct (cellsrc's
// reflectiface.go): refused, while library values and the Kind of a cell
// value go on.
func TestReflectOnCellValueInInterface(t *testing.T) {
	decls := "type point struct{ X, Y int }\ntype celsius float64\n" +
		"func show(v any) string { t := reflect.TypeOf(v); return t.Name() + \" \" + t.Kind().String() }\n"
	tests := []struct{ name, code, out, err string }{
		{"library values", "var m any = map[string]int{}\nfmt.Println(show(3), show(\"s\"), reflect.ValueOf(m).Type())", "int int string string map[string]int\n", ""},
		{"kind and fields", "var p any = point{3, 4}\nv := reflect.ValueOf(p)\nfmt.Println(reflect.TypeOf(p).Kind(), v.Kind(), v.Field(0).Int(), v.NumField())", "struct struct 3 2\n", ""},
		{"name through a parameter", "fmt.Println(show(point{1, 2}))", "", "a value of main.point held in an interface"},
		{"value's type", "var p any = point{}\nfmt.Println(reflect.ValueOf(p).Type().String())", "", "main.point"},
		{"a stand-in's name", "var c any = celsius(2)\nfmt.Println(reflect.TypeOf(c).Name())", "", "main.celsius"},
		{"a slice of them", "var ps any = []point{{1, 2}}\nfmt.Println(reflect.TypeOf(ps))", "", "main.point"},
		{"handed on", "walk := func(v reflect.Value) { fmt.Println(v.Type().Name()) }\nvar p any = point{}\nwalk(reflect.ValueOf(p))", "", "main.point"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			run(t, s, "import (\n\t\"fmt\"\n\t\"reflect\"\n)")
			run(t, s, decls)
			rec := &recorder{}
			_, e := s.Execute(context.Background(), Cell{Code: tt.code}, rec)
			switch {
			case tt.err == "" && (e != nil || rec.out() != tt.out):
				t.Fatalf("error %v, printed %q, want %q", e, rec.out(), tt.out)
			case tt.err != "" && (e == nil || !strings.Contains(e.Value, tt.err) || !e.Unsupported || rec.out() != ""):
				t.Fatalf("error %v, printed %q; want a gap with %q and nothing printed", e, rec.out(), tt.err)
			}
		})
	}
}
