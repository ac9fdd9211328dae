package session

import (
	"context"
	"strings"
	"testing"
)

// TestStructValueInErrorPromoted: the method of an error holding a struct
// value that embeds another cell type may be the embedded type's, whose
// receiver is the embedded value (structHeld): an assertion to either
// type ends the cell with a gap, never the embedded value's answer (it
// printed " 0 false" for d.(Derived), and "true" for d.(Base)).
func TestStructValueInErrorPromoted(t *testing.T) {
	s := newSession(t)
	run(t, s, "type Base struct{ ID int }\nfunc (b Base) Error() string { return \"base\" }\ntype Derived struct {\n\tBase\n\tName string\n}\n")
	for _, code := range []string{
		"var d error = Derived{Base{3}, \"n\"}\ndv, ok := d.(Derived)\nfmt.Println(dv.Name, ok)",
		"var d error = Derived{Base{3}, \"n\"}\nbv, ok := d.(Base)\nfmt.Println(bv.ID, ok)",
		"var d error = Derived{Base{3}, \"n\"}\nvar b Base\nfmt.Println(errors.As(d, &b))",
	} {
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		if e == nil || !e.Unsupported || !strings.Contains(e.Value, "Base") || rec.out() != "" {
			t.Errorf("%s: error %v, printed %q", code, e, rec.out())
		}
	}
}
