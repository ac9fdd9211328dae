package session

import (
	"context"
	"strings"
	"testing"
)

// TestCellCaseAmbiguous: an assertion or type switch on an any, to a cell
// type the interpreter holds there as its underlying type, runs as Go does
// where the value's type is certain, and ends in an error naming the types
// where the interpreter would have guessed (it matched 3.5 as a celsius,
// a Size as a Color, a P as a Q).
func TestCellCaseAmbiguous(t *testing.T) {
	decls := "type celsius float64\ntype P struct{ X, Y int }\ntype Q struct{ X, Y int }\ntype R struct{ A string }\n" +
		"func kind(v any) string {\n\tswitch v.(type) {\n\tcase celsius:\n\t\treturn \"celsius\"\n\tcase int:\n\t\treturn \"int\"\n\tcase R:\n\t\treturn \"R\"\n\tcase *R:\n\t\treturn \"*R\"\n\tcase nil:\n\t\treturn \"nil\"\n\t}\n\treturn \"other\"\n}\n"
	tests := []struct {
		name, code, out, err string
	}{
		{"certain", "fmt.Println(kind(celsius(1) + 1 > 0), kind(7), kind(\"s\"), kind(R{}), kind(&R{}), kind(nil))\nr, ok := any(R{\"a\"}).(R)\nfmt.Println(r, ok)", "other int other R *R nil\n{a} true\n", ""},
		{"library value like a cell type", "fmt.Println(kind(3.5))", "", "celsius, float64 are all float64"},
		// The argument is put in the any as a stand-in naming celsius.
		{"cell value like a library type", "fmt.Println(kind(celsius(1)))", "celsius\n", ""},
		{"comma-ok", "var v any = 2.5\n_, ok := v.(celsius)\nfmt.Println(ok)", "", "to celsius"},
		{"two cell types", "type Color int\ntype Size int\nvar v any = Size(1)\nswitch v.(type) {\ncase Color:\n\tfmt.Println(\"Color\")\n}", "", ""},
		// The generic function's instances gave its T Size alone: the
		// value goes in as Size's stand-in (namedParam).
		{"two cell types, one from a generic function", "type Color int\ntype Size int\nfunc box[T any](x T) any { return x }\nswitch box(Size(1)).(type) {\ncase int:\n\tfmt.Println(\"int\")\ncase Size:\n\tfmt.Println(\"Size\")\n}", "", "a case of int before the case of main.Size"},
		{"one cell type from a generic function, its case first", "type Color int\ntype Size int\nfunc box[T any](x T) any { return x }\nswitch box(Size(1)).(type) {\ncase Size:\n\tfmt.Println(\"Size\")\ncase int, Color:\n\tfmt.Println(\"int or Color\")\n}", "Size\n", ""},
		{"one cell type from a generic function, no case of it", "type Size int\nfunc box[T any](x T) any { return x }\nswitch box(Size(1)).(type) {\ncase int:\n\tfmt.Println(\"int\")\ndefault:\n\tfmt.Println(\"default\")\n}", "default\n", ""},
		// Given both Size and int, it cannot tell them apart.
		{"two cell types, one from a generic function given int too", "type Color int\ntype Size int\nfunc box[T any](x T) any { return x }\n_ = box(2)\nswitch box(Size(1)).(type) {\ncase Color:\n\tfmt.Println(\"Color\")\n}", "", "Color, Size, int are all int"},
		{"two struct types", "var v any = P{}\n_, ok := v.(Q)\nfmt.Println(ok)", "", "P, Q are all"},
		{"nil operand of a call", "func id(v any) any { return v }\nswitch id(nil).(type) {\ncase R:\n\tfmt.Println(\"R\")\ndefault:\n\tfmt.Println(\"default\")\n}", "default\n", ""},
		// The interpreter's box of a value of a type with methods names
		// that type: its own case runs, another type of its shape is
		// refused (the interpreter took a Level for a Mode).
		{"boxed type with methods, own case", "type Level int\nfunc (l Level) String() string { return \"L\" }\nvar v any = Level(2)\nl, ok := v.(Level)\nfmt.Println(int(l), ok)", "2 true\n", ""},
		{"boxed type with methods, another of its shape", "type Level int\nfunc (l Level) String() string { return \"L\" }\ntype Mode int\nfunc (m Mode) String() string { return \"M\" }\nvar v any = Level(2)\n_, ok := v.(Mode)\nfmt.Println(ok)", "", "to Mode"},
		{"local type", "func f(v any) bool {\n\ttype local int\n\t_, ok := v.(local)\n\treturn ok\n}", "", "declared inside a function"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkCellAfter(t, decls, tt.code, tt.out, tt.err) })
	}
}

// TestMissedCellCase: a value of a cell type with methods that became an
// any implicitly is matched by the interpreter against a type switch's
// interface cases but not its own type's case: the switch's operand is
// unboxed for the cases of such types that come before the interface
// cases they implement (Rebox), and runs as Go does (it ran the
// interface's clause, silently).
func TestMissedCellCase(t *testing.T) {
	decls := "type shape interface{ area() float64 }\ntype square struct{ side float64 }\nfunc (s square) area() float64 { return s.side * s.side }\n" +
		"func d(y any) string {\n\tswitch w := y.(type) {\n\tcase square:\n\t\treturn fmt.Sprint(\"square \", w.side)\n\tcase shape:\n\t\treturn fmt.Sprint(\"shape \", w.area())\n\t}\n\treturn \"other\"\n}\n" +
		"func e(y any) string {\n\tswitch y.(type) {\n\tcase shape:\n\t\treturn \"shape\"\n\tcase square:\n\t\treturn \"square\"\n\t}\n\treturn \"other\"\n}\n"
	tests := []struct{ name, code, out, err string }{
		{"implicit", "fmt.Println(d(square{2}))", "square 2\n", ""},
		{"a variable, an element, a call", "s := square{3}\nxs := []any{s}\nmk := func() square { return square{4} }\nfmt.Println(d(s), d(xs[0]), d(mk()))", "square 3 square 3 square 4\n", ""},
		{"explicit", "fmt.Println(d(any(square{2})), d(3))", "square 2 other\n", ""},
		{"interface case first", "fmt.Println(e(square{2}))", "shape\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			run(t, s, "import \"fmt\"")
			run(t, s, decls)
			rec := &recorder{}
			_, e := s.Execute(context.Background(), Cell{Code: tt.code}, rec)
			switch {
			case tt.err == "" && (e != nil || rec.out() != tt.out):
				t.Fatalf("error %v, printed %q, want %q", e, rec.out(), tt.out)
			case tt.err != "" && (e == nil || !strings.Contains(e.Value, tt.err) || rec.out() != ""):
				t.Fatalf("error %v, printed %q; want an error with %q and nothing printed", e, rec.out(), tt.err)
			}
			if rec, _ := run(t, s, "fmt.Print(1)"); rec.out() != "1" {
				t.Fatal("the next cell did not run")
			}
		})
	}
}

// A value of a cell type with methods whose underlying type is basic
// passed an assertion to that basic type (cellsrc/librarycase.go); a type
// switch with a case of it is refused, since the interpreter took a
// Level(1) handed to an any parameter for an int.
func TestLibraryCaseOfBasicCellType(t *testing.T) {
	decls := "type level int\nfunc (l level) Name() string { return \"n\" }\n" +
		"func kind(x any) string {\n\tswitch x.(type) {\n\tcase int:\n\t\treturn \"int\"\n\t}\n\treturn \"other\"\n}\n"
	tests := []struct{ name, code, out, err string }{
		{"comma-ok", "var x any = level(1)\n_, ok := x.(int)\nfmt.Println(ok)", "false\n", ""},
		{"explicit any", "y := any(level(1))\n_, ok := y.(int)\nfmt.Println(ok)", "false\n", ""},
		{"a library value", "var z any = 4\nn, ok := z.(int)\nfmt.Println(n, ok, kind(5))", "4 true int\n", ""},
		{"panics as Go's", "var x any = level(1)\ndefer func() { fmt.Println(recover()) }()\nfmt.Println(x.(int))", "interface conversion: interface {} is main.level, not int\n", ""},
		{"switch", "fmt.Println(kind(level(1)))", "", "a case of int on a value of main.level"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			run(t, s, "import \"fmt\"")
			run(t, s, decls)
			rec := &recorder{}
			_, e := s.Execute(context.Background(), Cell{Code: tt.code}, rec)
			switch {
			case tt.err == "" && (e != nil || rec.out() != tt.out):
				t.Fatalf("error %v, printed %q, want %q", e, rec.out(), tt.out)
			case tt.err != "" && (e == nil || !strings.Contains(e.Value, tt.err) || !e.Unsupported):
				t.Fatalf("error %v, printed %q; want a gap with %q", e, rec.out(), tt.err)
			}
		})
	}
}
