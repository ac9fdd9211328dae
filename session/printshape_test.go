package session

import (
	"context"
	"strings"
	"testing"
)

// A cell type made of an unnamed type (type Words []string) has that
// type's reflect type, so a value of either held in an any is one value to
// the runner: printing its type, or by a String method one of them has,
// ends in a gap naming both rather than pick one. An interface with
// methods holds no plain value, and a static type says which it is.
func TestPrintSharedShapeInAny(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"")
	run(t, s, "type Words []string\nfunc (w Words) String() string { return \"WORDS\" }\ntype Plain []int\ntype op func(int) int")
	rec, _ := run(t, s, "var w fmt.Stringer = Words{\"a\"}\nfmt.Println(w, []string{\"b\"}, Words{\"c\"})\nfmt.Printf(\"%T %T %T\\n\", w, []int{}, func(int) int { return 0 })\nvar c any = []int{1}\nfmt.Println(c)")
	if got, want := rec.out(), "WORDS [b] WORDS\nmain.Words []int func(int) int\n[1]\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	for code, names := range map[string]string{
		"var a any = []string{\"y\"}\nfmt.Println(a)":                      "one of []string, main.Words",
		"var a any = Words{\"y\"}\nfmt.Printf(\"%v\\n\", a)":               "one of []string, main.Words",
		"var c any = []int{1}\nfmt.Printf(\"%T\\n\", c)":                   "one of []int, main.Plain",
		"var f any = func(int) int { return 0 }\nfmt.Printf(\"%T\\n\", f)": "one of func(int) int, main.op",
	} {
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		if e == nil || !strings.Contains(e.Value, names) || !strings.Contains(e.Value, "variable of its own type") {
			t.Errorf("%s: error %v, printed %q", code, e, rec.out())
		}
	}
}
