package session

import (
	"context"
	"strings"
	"testing"
)

// A library handed the interpreter's form of a cell value (encoding/gob of
// a struct with an interface field) words its error with the interpreter's
// own type; printing, logging or log.Fatal-ing that text would show a
// text Go never prints, so each ends the cell in a gap instead, before
// writing anything.
func TestTextNamingTheInterpretersTypeIsAGap(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\n\t\"bytes\"\n\t\"encoding/gob\"\n\t\"fmt\"\n\t\"log\"\n)")
	run(t, s, "type Shape interface{ Area() float64 }\ntype Sq struct{ S float64 }\nfunc (q Sq) Area() float64 { return q.S * q.S }\ntype Doc struct{ Shapes []Shape }")
	// The value goes to gob as an any: a cell type gob sees by its static
	// type is refused before the cell runs (cellsrc/gobnames.go).
	run(t, s, "func encode() error {\n\tgob.Register(Sq{})\n\tvar buf bytes.Buffer\n\tvar v any = Doc{Shapes: []Shape{Sq{2}}}\n\treturn gob.NewEncoder(&buf).Encode(v)\n}")
	for _, use := range []string{"fmt.Println(err)", "fmt.Printf(\"failed: %v\\n\", err)", "log.Println(err)", "log.Fatal(err)", "panic(err)"} {
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: "if err := encode(); err != nil {\n\t" + use + "\n} else {\n\tfmt.Println(\"encoded\")\n}"}, rec)
		if rec.out() == "encoded\n" {
			t.Fatalf("%s: gob encoded an interface field of a cell type: this test needs another library that is handed the interpreter's form", use)
		}
		if e == nil || !e.Unsupported {
			t.Errorf("%s: error %+v, printed %q; want a gap", use, e, rec.out())
			continue
		}
		if strings.Contains(rec.out(), "interp.") {
			t.Errorf("%s: printed the interpreter's type: %q", use, rec.out())
		}
	}
	if name, ok := leaked("session.standinFloat64_0"); !ok || name != "session.standin" {
		t.Errorf("leaked missed a stand-in's name: %q, %v", name, ok)
	}
	if _, ok := leaked("gob: type mismatch"); ok {
		t.Error("leaked found an interpreter type in a plain library error")
	}
}
