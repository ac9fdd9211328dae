package session

import (
	"context"
	"strings"
	"testing"
)

// TestNestedInterfacePrinting prints values held in interfaces inside a
// printed value (elements, map values, fields): each prints by its
// dynamic cell type where exactly one candidate has its reflect type, and
// library values print as fmt prints them.
func TestNestedInterfacePrinting(t *testing.T) {
	shapes := "type Shape interface{ Area() float64 }\ntype Rect struct{ W, H float64 }\nfunc (r Rect) Area() float64 { return r.W * r.H }\n"
	tests := []struct {
		name  string
		cells []string
		out   string
	}{
		// The box of each element names its type, where cell types share a
		// shape.
		{"two of one shape with String", []string{shapes + "type Box struct{ W, H float64 }\nfunc (b Box) Area() float64 { return 0 }\nfunc (b Box) String() string { return \"box\" }",
			"fmt.Printf(\"%.1f\\n\", []Shape{Rect{1, 2}})\nfmt.Printf(\"%v\\n\", []Shape{Rect{1, 2}, Box{}})"},
			"[{1.0 2.0}]\n[{1 2} box]\n"},
		{"library values in any", []string{shapes, "d := 3 * time.Second\nfmt.Println([]any{d, errors.New(\"e\"), Rect{1, 2}, &strings.Builder{} == nil, nil})"},
			"[3s e {1 2} false <nil>]\n"},
		{"library pointer below the top", []string{shapes, "b := &struct{ N int }{1}\ns := fmt.Sprint([]any{b, Rect{1, 1}})\nfmt.Println(strings.HasPrefix(s, \"[0x\"), strings.HasSuffix(s, \" {1 1}]\"))"},
			"true true\n"},
		{"cell errors in a slice", []string{"type E struct{ code int }\nfunc (e E) Error() string { return fmt.Sprint(\"code \", e.code) }",
			"errs := []error{E{1}, fmt.Errorf(\"lib\")}\nfmt.Println(errs)\nfmt.Printf(\"%+v %q\\n\", errs, errs)"},
			"[code 1 lib]\n[code 1 lib] [\"code 1\" \"lib\"]\n"},
		{"width and nil", []string{shapes, "fmt.Printf(\"%6v|%#v\\n\", []Shape{Rect{1, 2}, nil}, []Shape{nil})"},
			"[{     1      2} <nil>]|[]main.Shape{main.Shape(nil)}\n"},
		{"type of a slice of any", []string{shapes, "fmt.Printf(\"%T %#v\\n\", []any{Rect{1, 2}}, []any{Rect{1, 2}, 3})"},
			"[]interface {} []interface {}{main.Rect{W:1, H:2}, 3}\n"},
		{"pointer receiver String in any", []string{"type T struct{ s string }\nfunc (t *T) String() string { return \"T:\" + t.s }",
			"fmt.Println([]any{&T{\"a\"}, T{\"b\"}})"}, "[T:a {b}]\n"},
		{"a type declared in a function", []string{shapes, "func f() {\n\ttype L struct{ W, H float64 }\n\tfmt.Println([]any{Rect{1, 2}, 5})\n}\nf()"},
			"[{1 2} 5]\n"},
		{"a struct of interfaces in any", []string{shapes + "type Pair struct{ A, B Shape }", "fmt.Printf(\"%v %+v\\n\", []any{Pair{Rect{1, 2}, nil}}, map[string]any{\"p\": Pair{B: Rect{5, 6}}})"},
			"[{{1 2} <nil>}] map[p:{A:<nil> B:{W:5 H:6}}]\n"},
		{"an any holding a slice of interfaces", []string{shapes, "fmt.Printf(\"%v %+v\\n\", []any{[]Shape{Rect{1, 2}}}, map[string]any{\"m\": map[string]Shape{\"r\": Rect{3, 4}}})"},
			"[[{1 2}]] map[m:map[r:{W:3 H:4}]]\n"},
		{"sprintf and errorf", []string{shapes, "s := fmt.Sprintf(\"%v\", map[string]Shape{\"a\": Rect{2, 2}})\nerr := fmt.Errorf(\"got %v\", []Shape{Rect{1, 1}})\nfmt.Println(s, err)"},
			"map[a:{2 2}] got [{1 1}]\n"},
		// An any at the top of the call holding such a composite (TypedIface's
		// "" description): each box prints by its cell type, as go run prints.
		{"an any holding a slice of interfaces at the top", []string{shapes, "var a any = []Shape{Rect{1, 2}}\nfmt.Println(a)\nm := map[string]any{\"s\": []Shape{Rect{3, 4}}}\nfmt.Println(m)\nvar e error = fmt.Errorf(\"x\")\nfmt.Println(e)"},
			"[{1 2}]\nmap[s:[{3 4}]]\nx\n"},
		{"an any holding a map of interfaces with String", []string{shapes + "type Sq struct{ s float64 }\nfunc (q Sq) Area() float64 { return q.s * q.s }\nfunc (q Sq) String() string { return \"sq\" }",
			"var b any = map[string]Shape{\"q\": Sq{1}, \"r\": Rect{1, 1}}\nfmt.Printf(\"%v %+v %s\\n\", b, b, b)"},
			"map[q:sq r:{1 1}] map[q:sq r:{W:1 H:1}] map[q:sq r:{%!s(float64=1) %!s(float64=1)}]\n"},
		{"an any holding a pointer to a struct of interfaces", []string{shapes + "type Sq struct{ s float64 }\nfunc (q Sq) Area() float64 { return q.s * q.s }\nfunc (q Sq) String() string { return \"sq\" }",
			"var p any = &struct{ S []Shape }{[]Shape{Sq{2}, nil}}\nfmt.Printf(\"%v %+v\\n\", p, p)"},
			"&{[sq <nil>]} &{S:[sq <nil>]}\n"},
		{"an any holding a slice of any", []string{"type Sq struct{ s float64 }\nfunc (q Sq) String() string { return \"sq\" }\ntype E struct{ code int }\nfunc (e E) Error() string { return fmt.Sprint(\"code \", e.code) }",
			"var c any = []any{Sq{1}, 2 * time.Second, errors.New(\"lib\"), E{3}}\nfmt.Printf(\"%v %T\\n\", c, c)\nvar d any = []error{E{4}, nil}\nfmt.Printf(\"%v|%q\\n\", d, d)"},
			"[sq 2s lib code 3] []interface {}\n[code 4 <nil>]|[\"code 4\" <nil>]\n"},
		{"an any holding a nil box, interfaces alone declared", []string{"type S interface{ M() }", "var a any = []S{nil}\nfmt.Println(a)"}, "[<nil>]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			var rec *recorder
			for _, c := range tt.cells {
				rec = &recorder{}
				if _, e := s.Execute(context.Background(), Cell{Code: c}, rec); e != nil {
					t.Fatalf("cell %q: %v\n%s", c, e, strings.Join(e.Traceback, "\n"))
				}
			}
			if got := rec.out(); got != tt.out {
				t.Errorf("printed %q, want %q", got, tt.out)
			}
		})
	}
}

// TestNestedInterfacePrintingRefuses: where the printer cannot tell the
// type of a value held in an interface inside a printed value (several
// cell types have its reflect type, or the interpreter does not name a
// composite type), what Go would print of the type, or through a method
// of one of them, ends the cell in a gap naming it.
func TestNestedInterfacePrintingRefuses(t *testing.T) {
	shapes := "type Shape interface{ Area() float64 }\ntype Rect struct{ W, H float64 }\nfunc (r Rect) Area() float64 { return r.W * r.H }\n"
	tests := []struct {
		name  string
		cells []string
		out   string
		err   string
	}{
		{"a local type of a String type's shape", []string{shapes + "func (r Rect) String() string { return \"rect\" }", "func f() {\n\ttype L struct{ W, H float64 }\n\tfmt.Println([]any{Rect{1, 2}, L{3, 4}})\n}\nf()"},
			"", "one of main.Rect, a type declared in a function body, which the interpreter gives one type"},
		{"%#v of an any holding a slice of interfaces", []string{shapes, "fmt.Printf(\"%#v\\n\", []any{[]Shape{Rect{1, 2}}})"},
			"", "a type the interpreter does not name"},
		// Go names []main.Shape; the interpreter's []valueInterface does not
		// say which interface it stands for.
		{"the type of an any holding a slice of interfaces", []string{shapes, "var a any = []Shape{Rect{1, 2}}\nfmt.Printf(\"%T\\n\", a)"},
			"", "a type the interpreter does not name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			var rec *recorder
			for i, c := range tt.cells {
				rec = &recorder{}
				_, e := s.Execute(context.Background(), Cell{Code: c}, rec)
				checkCellError(t, c, e, tt.err, i == len(tt.cells)-1)
			}
			if got := rec.out(); got != tt.out {
				t.Errorf("printed %q, want %q", got, tt.out)
			}
		})
	}
}
