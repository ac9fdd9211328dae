package session

import (
	"context"
	"strings"
	"testing"

	"github.com/gogil/gogil/cellio"
)

// TestSameShapeAsserts: x.(T) on an interface holding a value of a cell
// type with T's underlying type answers as Go does (yaegi compared reflect
// types: a celsius was a fahr), a failed one panics with Go's message,
// and where the truth cannot be known (an empty interface, an error) the
// cell ends in an error naming the types, never a wrong answer.
func TestSameShapeAsserts(t *testing.T) {
	decls := "type temp interface{ degrees() float64 }\ntype namer interface{ name() string }\n" +
		"type celsius float64\nfunc (c celsius) degrees() float64 { return float64(c) }\n" +
		"type fahr float64\nfunc (f fahr) degrees() float64 { return float64(f) }\nfunc (f fahr) name() string { return \"fahr\" }\n" +
		"type e1 string\nfunc (e e1) Error() string { return string(e) }\ntype e2 string\nfunc (e e2) Error() string { return string(e) }\n" +
		"func try(f func()) {\n\tdefer func() { fmt.Println(recover()) }()\n\tf()\n}\n" +
		"func isFahr(t temp) bool { _, ok := t.(fahr); return ok }\n"
	tests := []struct{ name, cells, out, err string }{
		{"earlier cell", "var t temp = celsius(20)\n//----\n_, ok := t.(fahr)\nc, ok2 := t.(celsius)\nfmt.Println(ok, c, ok2)", "false 20 true\n", ""},
		{"var form", "var t temp = celsius(1)\nvar f, ok = t.(fahr)\nfmt.Println(f, ok)", "0 false\n", ""},
		{"plain, Go's message", "var t temp = celsius(2)\ntry(func() { fmt.Println(t.(fahr)) })", "interface conversion: main.temp is main.celsius, not main.fahr\n", ""},
		{"interface literal", "var t interface{ degrees() float64 } = fahr(2)\ntry(func() { fmt.Println(t.(celsius)) })", "interface conversion: interface { main.degrees() float64 } is main.fahr, not main.celsius\n", ""},
		{"type of a later cell", "type kelvin float64\nfunc (k kelvin) degrees() float64 { return float64(k) }\nfmt.Println(isFahr(kelvin(3)), isFahr(fahr(3)))\ntry(func() { var t temp = kelvin(1); fmt.Println(t.(fahr)) })", "false true\ninterface conversion: main.temp is main.kelvin, not main.fahr\n", ""},
		{"to an interface", "var t temp = celsius(2)\nvar u temp = fahr(3)\n_, ok := t.(namer)\nfmt.Println(ok, u.(namer).name())\ntry(func() { fmt.Println(t.(namer)) })\nvar z temp\ntry(func() { fmt.Println(z.(namer)) })", "false fahr\ninterface conversion: main.celsius is not main.namer: missing method name\ninterface conversion: interface is nil, not main.namer\n", ""},
		{"empty interface to an interface", "var a any = celsius(2)\n_, ok := a.(namer)\nfmt.Println(ok)", "", "celsius, fahr, float64 are all float64"},
		{"empty interface, plain", "var a any = 3\ntry(func() { fmt.Println(a.(celsius)) })", "interface conversion: interface {} is int, not main.celsius\n", ""},
		{"error of a twin type", "var err error = e1(\"x\")\n_, ok := err.(e2)\nfmt.Println(ok)", "", "e1, e2 have the same underlying type"},
		{"error, plain", "var err error = fmt.Errorf(\"x\")\ntry(func() { fmt.Println(err.(e1)) })", "interface conversion: error is *errors.errorString, not main.e1\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			run(t, s, decls)
			rec := &recorder{}
			var e *cellio.Error
			for _, code := range strings.Split(tt.cells, "\n//----\n") {
				if _, e = s.Execute(context.Background(), Cell{Code: code}, rec); e != nil {
					break
				}
			}
			switch {
			case tt.err == "" && e != nil:
				t.Fatalf("%v\n%s", e, strings.Join(e.Traceback, "\n"))
			case tt.err != "" && (e == nil || !strings.Contains(e.Value, tt.err)):
				t.Fatalf("error %v, want one with %q; printed %q", e, tt.err, rec.out())
			}
			if rec.out() != tt.out {
				t.Errorf("printed %q, want %q", rec.out(), tt.out)
			}
		})
	}
}

// TestLibraryInterfaceAsserts: x.(error), x.(fmt.Stringer) inside
// functions on values of cell types give the value (yaegi gave a nil one
// with ok true, built from the node that boxed it in another frame), on a
// nil x answer false or panic with Go's message (yaegi crashed in
// reflect), and a type of the same shape as an implementer is refused
// rather than answered for it.
func TestLibraryInterfaceAsserts(t *testing.T) {
	decls := "type notFound struct{ key string }\nfunc (e *notFound) Error() string { return \"nf \" + e.key }\n" +
		"type celsius float64\nfunc (c celsius) String() string { return \"C\" }\ntype fahr float64\nfunc (f fahr) String() string { return \"F\" }\ntype plain struct{ n int }\n" +
		"func asErr(v any) (error, bool) { e, ok := v.(error); return e, ok }\nfunc mustErr(v any) error { return v.(error) }\n" +
		"func try(f func()) {\n\tdefer func() { fmt.Println(recover()) }()\n\tf()\n}\n"
	tests := []struct{ name, code, out, err string }{
		{"a cell value", "fmt.Println(asErr(&notFound{\"a\"}))\nvar v any = &notFound{\"b\"}\nfmt.Println(asErr(v))\nfmt.Println(mustErr(v))", "nf a true\nnf b true\nnf b\n", ""},
		{"nil, library and other values", "fmt.Println(asErr(nil))\nfmt.Println(asErr(3))\nfmt.Println(asErr(plain{}))\nfmt.Println(asErr(errors.New(\"lib\")))", "<nil> false\n<nil> false\n<nil> false\nlib true\n", ""},
		{"plain, Go's message", "try(func() { mustErr(nil) })\ntry(func() { mustErr(plain{1}) })\ntry(func() { mustErr(2) })", "interface conversion: interface is nil, not error\ninterface conversion: main.plain is not error: missing method Error\ninterface conversion: int is not error: missing method Error\n", ""},
		{"top level", "var v any = &notFound{\"c\"}\ne, ok := v.(error)\nfmt.Println(e, ok)\nvar n any\n_, ok = n.(fmt.Stringer)\nfmt.Println(ok)", "nf c true\nfalse\n", ""},
		{"same shape", "func str(v any) string { if s, ok := v.(fmt.Stringer); ok { return s.String() }; return \"none\" }\nfmt.Println(str(celsius(1)))", "", "main.celsius and main.fahr one type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkCellAfter(t, decls, tt.code, tt.out, tt.err) })
	}
}
