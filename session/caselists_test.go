package session

import (
	"context"
	"strings"
	"testing"
)

// TestCaseListsEvaluated: every expression of a case list is compared, in
// Go's order, where the interpreter compared only the first unless the
// others were names or literals, silently; a switch on an error compares
// its cases as errors (case nil, a sentinel, a constant of a cell error
// type), where the interpreter panicked.
func TestCaseListsEvaluated(t *testing.T) {
	s := newSession(t)
	rec := &recorder{}
	code := "type DErr string\nfunc (e DErr) Error() string { return string(e) }\nconst ErrNF = DErr(\"not found\")\nvar ErrEx = errors.New(\"exists\")\n" +
		"func find(k string) error {\n\tswitch k {\n\tcase \"a\":\n\t\treturn nil\n\tcase \"b\":\n\t\treturn ErrEx\n\t}\n\treturn ErrNF\n}\n" +
		"calls := 0\ng := func(n int) int { calls++; return n }\nx, n := 2, 3\n" +
		"switch {\ncase x == 1, x == 2:\n\tfmt.Print(\"tagless \")\n}\n" +
		"switch x {\ncase g(1), g(2), g(3):\n\tfmt.Print(\"calls \", calls, \" \")\n}\n" +
		"switch v := x * 2; v {\ncase n - 5, n + 1:\n\tfmt.Print(\"init \")\n}\n" +
		"switch x {\ncase 1, n - 3:\n\tfmt.Print(\"wrong \")\ndefault:\n\tfmt.Print(\"default \")\n}\n" +
		"for _, k := range []string{\"a\", \"b\", \"c\"} {\n\tswitch err := find(k); err {\n\tcase nil:\n\t\tfmt.Print(k, \"=nil \")\n\tcase ErrEx, ErrNF:\n\t\tfmt.Print(k, \"=\", err, \" \")\n\t}\n}\n" +
		"fmt.Println()"
	if _, e := s.Execute(context.Background(), Cell{Code: code}, rec); e != nil {
		t.Fatalf("%v\n%s", e, strings.Join(e.Traceback, "\n"))
	}
	want := "tagless calls 2 init default a=nil b=exists c=not found \n"
	if got := rec.out(); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	// With cell types in reach (or a case of a literal's form), a
	// computed case on an interface is compared by IfaceEqual
	// (cellsrc/ifacecases.go); otherwise the list is refused.
	computed := "var v any = 3\ncalls := 0\ng := func(n int) int { calls++; return n }\nswitch v {\ncase g(1), g(3):\n\tfmt.Println(\"three\", calls)\n}"
	rec = &recorder{}
	if _, e := s.Execute(context.Background(), Cell{Code: computed}, rec); e != nil || rec.out() != "three 2\n" {
		t.Errorf("a computed case list on an interface, cell types in reach: error %v, printed %q", e, rec.out())
	}
	rec = &recorder{}
	computed = "var v any = 3\ng := func(n int) int { return n }\none, three := 1, 3\nswitch v {\ncase g(one), g(three):\n\tfmt.Println(\"three\")\n}"
	_, e := newSession(t).Execute(context.Background(), Cell{Code: computed}, rec)
	if e == nil || !strings.Contains(e.Value, "case that lists several values") {
		t.Errorf("a computed case list on an interface: error %v, printed %q", e, rec.out())
	}
}
