package session

import (
	"context"
	"strings"
	"testing"
)

// %T and %#v of an interface name the type a function body declared
// where the cell puts a value of it in an interface: the interpreter
// names that type nowhere, so the cell ends in an error rather than print
// its underlying type. Where no value of it reaches an interface, the
// cell runs.
func TestLocalTypeNamesInInterfaces(t *testing.T) {
	reaches := map[string]string{
		"passed":       "func f() {\n\ttype p struct{ A int }\n\tshow(p{1})\n}\nfunc show(v any) { fmt.Printf(\"%T\\n\", v) }\nf()",
		"returned":     "func f() any {\n\ttype p struct{ A int }\n\treturn p{1}\n}\nfmt.Printf(\"%#v\\n\", f())",
		"assigned":     "func f() {\n\ttype p struct{ A int }\n\tvar v any\n\tv = []p{{1}}\n\tfmt.Printf(\"%T\\n\", v)\n}\nf()",
		"declared":     "func f() {\n\ttype p int\n\tvar v any = p(3)\n\tfmt.Printf(\"%T\\n\", v)\n}\nf()",
		"in a literal": "func f() {\n\ttype p struct{ A int }\n\tm := map[string]any{\"a\": p{1}}\n\tfmt.Printf(\"%#v\\n\", m)\n}\nf()",
		"sent":         "func f() {\n\ttype p struct{ A int }\n\tch := make(chan any, 1)\n\tch <- &p{1}\n\tfmt.Printf(\"%T\\n\", <-ch)\n}\nf()",
		"appended":     "func f() {\n\ttype p struct{ A int }\n\tvar vs []any\n\tvs = append(vs, p{1})\n\tfmt.Printf(\"%#v\\n\", vs)\n}\nf()",
		"kept":         "import \"container/list\"\nfunc f() {\n\ttype p struct{ A int }\n\tl := list.New()\n\tl.PushBack(p{1})\n\tfmt.Printf(\"%T\\n\", l.Front().Value)\n}\nf()",
	}
	for name, code := range reaches {
		s := newSession(t)
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		if e == nil || !strings.Contains(e.Value, "declared in a function body") {
			t.Errorf("%s: got %v and %q, want an error naming the type declared in a function body", name, e, rec.out())
		}
	}
	runs := map[string]struct{ code, want string }{
		"printed from its own type": {"func f() {\n\ttype p struct{ A int }\n\tx := p{1}\n\tfmt.Printf(\"%T %#v\\n\", x, x)\n}\nf()", "main.p main.p{A:1}\n"},
		"%v of the interface":       {"func f() {\n\ttype p struct{ A int }\n\tvar v any = p{1}\n\tfmt.Printf(\"%v %+v\\n\", v, v)\n}\nf()", "{1} {A:1}\n"},
		"read by a library":         {"import \"encoding/json\"\nfunc f() {\n\ttype p struct{ A int }\n\tb, _ := json.Marshal(p{1})\n\tvar v any\n\tjson.Unmarshal(b, &v)\n\tfmt.Printf(\"%T %s\\n\", v, b)\n}\nf()", "map[string]interface {} {\"A\":1}\n"},
	}
	for name, tt := range runs {
		s := newSession(t)
		rec, _ := run(t, s, tt.code)
		if got := rec.out(); got != tt.want {
			t.Errorf("%s: printed %q, want %q", name, got, tt.want)
		}
	}
}
