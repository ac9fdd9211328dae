package session

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// languageProbes are, for each Go release since generics, small cells
// using what the release added to the language or its most used library
// API, with what go run prints for them. LanguageVersion must be the
// highest release whose probes, and all earlier ones, pass: claiming more
// would promise what cells cannot do, claiming less would hide what they
// can.
var languageProbes = []struct {
	release string
	probes  []languageProbe
}{
	{"1.18", []languageProbe{
		{"generic function, inferred", "func maxOf[T int | float64](a, b T) T {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}\nfmt.Println(maxOf(2, 3), maxOf(1.5, 0.5))", "3 1.5\n"},
		{"generic type", "type stack[T any] struct{ items []T }\nfunc (s *stack[T]) push(v T) { s.items = append(s.items, v) }\nvar st stack[string]\nst.push(\"a\")\nfmt.Println(len(st.items))", "1\n"},
		{"any", "var a any = 1\nfmt.Println(a)", "1\n"},
	}},
	{"1.19", []languageProbe{
		{"sync/atomic types", "var n atomic.Int64\nn.Add(2)\nfmt.Println(n.Load())", "2\n"},
	}},
	{"1.20", []languageProbe{
		{"slice to array conversion", "s := []int{1, 2, 3}\na := [3]int(s)\nfmt.Println(a)", "[1 2 3]\n"},
		{"errors.Join", "fmt.Println(errors.Join(errors.New(\"a\"), errors.New(\"b\")))", "a\nb\n"},
	}},
	{"1.21", []languageProbe{
		{"min and max", "fmt.Println(min(3, 1, 2), max(1.5, 2.5))", "1 2.5\n"},
		{"clear", "m := map[string]int{\"a\": 1}\nclear(m)\nfmt.Println(len(m))", "0\n"},
		{"package slices", "s := []int{3, 1, 2}\nslices.Sort(s)\nfmt.Println(s, slices.Contains(s, 2))", "[1 2 3] true\n"},
		{"package maps", "fmt.Println(maps.Equal(map[string]int{\"a\": 1}, map[string]int{\"a\": 1}))", "true\n"},
	}},
	{"1.22", []languageProbe{
		{"range over an int", "for i := range 3 {\n\tfmt.Print(i)\n}\nfmt.Println()", "012\n"},
		{"per-iteration loop variables", "var fs []func()\nfor i := 0; i < 3; i++ {\n\tfs = append(fs, func() { fmt.Print(i) })\n}\nfor _, f := range fs {\n\tf()\n}\nfmt.Println()", "012\n"},
		// yaegi's defer of a literal would see the loop's last variable:
		// the front end passes the variables as arguments (deferloop.go).
		{"per-iteration loop variables in a deferred literal", "func f() {\n\tfor i := 0; i < 3; i++ {\n\t\tdefer func() { fmt.Print(i) }()\n\t}\n}\nf()\nfmt.Println()", "210\n"},
	}},
	{"1.23", []languageProbe{
		{"range over a function", "seq := func(yield func(int) bool) {\n\tfor i := 0; i < 3; i++ {\n\t\tif !yield(i) {\n\t\t\treturn\n\t\t}\n\t}\n}\nfor v := range seq {\n\tfmt.Print(v)\n}\nfmt.Println()", "012\n"},
	}},
	{"1.24", []languageProbe{
		{"generic type alias", "type set[T comparable] = map[T]struct{}\nvar s set[int] = map[int]struct{}{1: {}}\nfmt.Println(len(s))", "1\n"},
		{"strings.Lines", "for l := range strings.Lines(\"a\\nb\\n\") {\n\tfmt.Print(l)\n}", "a\nb\n"},
	}},
	{"1.25", []languageProbe{
		{"sync.WaitGroup.Go", "var wg sync.WaitGroup\nwg.Go(func() { fmt.Println(\"ran\") })\nwg.Wait()", "ran\n"},
	}},
	{"1.26", []languageProbe{
		{"new of an expression", "p := new(42)\nfmt.Println(*p)", "42\n"},
		{"errors.AsType", "_, ok := errors.AsType[*os.PathError](errors.New(\"x\"))\nfmt.Println(ok)", "false\n"},
	}},
}

type languageProbe struct{ feature, code, want string }

// TestLanguageVersion runs the probes, each in a fresh session (after the
// imports it needs), and checks LanguageVersion against what passed.
func TestLanguageVersion(t *testing.T) {
	imports := "import (\n\t\"maps\"\n\t\"slices\"\n\t\"sync/atomic\"\n)\n"
	honest := ""
	var failed []string
	for _, level := range languageProbes {
		for _, p := range level.probes {
			s := newSession(t)
			if _, e := s.Execute(context.Background(), Cell{Code: imports}, &recorder{}); e != nil {
				t.Fatalf("imports: %v", e)
			}
			rec := &recorder{}
			_, e := s.Execute(context.Background(), Cell{Code: p.code}, rec)
			if e != nil || rec.out() != p.want {
				why := fmt.Sprintf("printed %q", rec.out())
				if e != nil {
					why = string(e.Kind) + ": " + e.Value
				}
				failed = append(failed, fmt.Sprintf("Go %s %s: %s", level.release, p.feature, why))
			}
			s.Close()
		}
		if len(failed) == 0 {
			honest = level.release
		}
	}
	t.Logf("probes that fail:\n%s", strings.Join(failed, "\n"))
	if got := newSession(t).LanguageVersion(); got != honest {
		t.Errorf("LanguageVersion() = %q, but the probes say %q: change it in session.go (and session/doc.go, README)", got, honest)
	}
}
