package session

import (
	"context"
	"strings"
	"testing"

	"github.com/gogil/gogil/cellio"
)

// TestInterfacePrinting prints values held in cell interfaces with
// methods: the printing pass names the dynamic cell type where exactly one
// implementing cell type has the value's reflect type.
func TestInterfacePrinting(t *testing.T) {
	decls := "type I interface{ M() }\ntype T struct{ S string }\nfunc (t *T) M() {}\ntype F float64\nfunc (f F) M() {}\n"
	tests := []struct {
		name  string
		cells []string
		out   string
	}{
		{"named float", []string{decls, "var i I = F(1.5)\nfmt.Printf(\"(%v, %T)\\n\", i, i)"}, "(1.5, main.F)\n"},
		{"in a function", []string{decls + "func describe(i I) { fmt.Printf(\"(%v, %T)\\n\", i, i) }", "describe(F(2))\ndescribe(&T{\"x\"})\nvar t *T\ndescribe(t)\ndescribe(nil)"},
			"(2, main.F)\n(&{x}, *main.T)\n(<nil>, *main.T)\n(<nil>, <nil>)\n"},
		// A plain float64 beside a cell type of another kind with methods:
		// beside F, a float64 with methods, it is refused (below).
		{"plain float in any", []string{"type I interface{ M() }\ntype N int\nfunc (N) M() {}", "var e any = 2.5\nfmt.Printf(\"%v %T\\n\", e, e)"}, "2.5 float64\n"},
		{"named float in any", []string{decls, "var e any = F(2.5)\nfmt.Printf(\"%v %T\\n\", e, e)"}, "2.5 main.F\n"},
		{"stringer", []string{"type Namer interface{ Name() string }\ntype C float64\nfunc (c C) Name() string { return \"c\" }\nfunc (c C) String() string { return fmt.Sprintf(\"%.1f°C\", float64(c)) }",
			"var n Namer = C(21)\nfmt.Println(n)\nfmt.Printf(\"%v %T %s %.2f\\n\", n, n, n, n)"}, "21.0°C\n21.0°C main.C 21.0°C 21.00\n"},
		{"bad verb names the cell type", []string{decls, "var i I = F(2)\nfmt.Printf(\"%d\\n\", i)"}, "%!d(main.F=2)\n"},
		{"pointer receiver String", []string{"type I interface{ M() }\ntype T struct{ s string }\nfunc (t *T) M() {}\nfunc (t *T) String() string { return \"T:\" + t.s }",
			"var i I = &T{\"a\"}\nfmt.Println(i)\nfmt.Printf(\"%v %+v %T\\n\", i, i, i)\nvar nt *T\ni = nt\nfmt.Printf(\"%T\\n\", i)"}, "T:a\nT:a T:a *main.T\n*main.T\n"},
		{"unexported fields through a pointer", []string{"type I interface{ M() }\ntype T struct{ s string }\nfunc (t *T) M() {}", "var i I = &T{\"a\"}\nfmt.Printf(\"%+v\\n\", i)"}, "&{s:a}\n"},
		{"a type declared in a function", []string{decls, "func f() {\n\ttype L struct{ F }\n\tvar i I = F(4)\n\tfmt.Printf(\"%v %T\\n\", i, i)\n}\nf()"}, "4 main.F\n"},
		{"a type of the same shape declared in a function", []string{decls + "type S struct{ F }", "func f() {\n\ttype L struct{ F }\n\tvar i I = L{5}\n\tfmt.Printf(\"%v\\n\", i)\n}\nf()"}, "{5}\n"},
		{"struct value fields", []string{"type Shape interface{ Area() float64 }\ntype rect struct{ w, h float64 }\nfunc (r rect) Area() float64 { return r.w * r.h }",
			"var s Shape = rect{2, 3}\nfmt.Printf(\"%v %+v %T\\n\", s, s, s)"}, "{2 3} {w:2 h:3} main.rect\n"},
		{"error interface", []string{"type E float64\nfunc (e E) Error() string { return \"bad\" }", "var err error = E(1)\nfmt.Printf(\"%v %T\\n\", err, err)"}, "bad main.E\n"},
		{"two of one shape, one implements", []string{decls + "type G float64", "var i I = F(3)\nfmt.Printf(\"%v %T\\n\", i, i)"}, "3 main.F\n"},
		// The interpreter's type switch on the interface value names which
		// of the cell types of one shape it is (cellsrc/ifaceshape.go).
		{"two of one shape implement", []string{decls + "type G float64\nfunc (G) M() {}", "var i I = F(3)\nfmt.Println(i)\nfmt.Printf(\"%v %T\\n\", i, i)"}, "3\n3 main.F\n"},
		{"two of one shape with String", []string{decls + "type G float64\nfunc (G) M() {}\nfunc (G) String() string { return \"g\" }", "var i I = F(3)\nfmt.Printf(\"%v %.1f\\n\", i, i)\ni = G(1)\nfmt.Println(fmt.Sprint(i), i)"}, "3 3.0\ng g\n"},
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

// TestInterfacePrintingRefuses: where several cell types have the value's
// reflect type, what Go would print of its type or through their methods
// ends the cell in an error naming them, a gap, before any of the call's
// text prints.
func TestInterfacePrintingRefuses(t *testing.T) {
	// A value a function returned reaches the printing call without what
	// tells the types apart (the interpreter's box).
	decls := "type I interface{ M() }\ntype F float64\nfunc (f F) M() {}\ntype G float64\nfunc (G) M() {}\nfunc get() I { return F(3) }\n"
	tests := []struct {
		name  string
		cells []string
		out   string // printed by the last cell before its error
		err   string
	}{
		{"two of one shape implement", []string{decls, "fmt.Println(get())\nfmt.Printf(\"%v %T\\n\", get(), get())"},
			"3\n", "(fmt.Printf): the type of a value printed is one of main.F, main.G, which the interpreter gives one type"},
		{"two of one shape with String", []string{decls + "func (G) String() string { return \"g\" }", "fmt.Printf(\"%v %.1f\\n\", get(), get())"},
			"", "(fmt.Printf): the type of a value printed is one of main.F, main.G"},
		{"in Sprint", []string{decls + "func (G) String() string { return \"g\" }", "s := fmt.Sprint(get())\nfmt.Println(s)"},
			"", "(fmt.Print): the type of a value printed is one of main.F, main.G"},
		{"in log", []string{decls, "import \"log\"\nlog.Printf(\"%T\", get())"},
			"", "(log.Printf): the type of a value printed is one of main.F, main.G"},
		// A cell type of a basic kind with methods other than String
		// printed as its underlying type (float64) where a returned any
		// lost its box.
		// A plain value and one of a cell type of its kind with methods
		// that lost its box look alike.
		{"plain float in any beside a float type with methods", []string{decls, "var e any = 2.5\nfmt.Printf(\"%v %T\\n\", e, e)"},
			"", "(fmt.Printf): the type of a value printed is one of main.F, main.G, float64"},
		{"returned any of a basic kind with methods", []string{"type MyFloat float64\nfunc (f MyFloat) Abs() float64 { return float64(f) }\nfunc getAny() any { return MyFloat(3) }", "fmt.Println(getAny())\nfmt.Printf(\"%T\\n\", getAny())"},
			"3\n", "(fmt.Printf): the type of a value printed is one of main.MyFloat, float64"},
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

// checkCellError fails t unless the cell code ended as it should: in a gap
// (an error marked Unsupported) whose text holds want, where want is set
// and the cell is the last; else without an error.
func checkCellError(t *testing.T, code string, e *cellio.Error, want string, last bool) {
	t.Helper()
	switch {
	case want == "" || !last:
		if e != nil {
			t.Fatalf("cell %q: %v\n%s", code, e, strings.Join(e.Traceback, "\n"))
		}
	case e == nil:
		t.Fatalf("cell %q: no error, want one with %q", code, want)
	case !strings.Contains(e.Value, want) || !e.Unsupported:
		t.Fatalf("cell %q: error %q (unsupported %v), want an unsupported one with %q", code, e.Value, e.Unsupported, want)
	}
}
