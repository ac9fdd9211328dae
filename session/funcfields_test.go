package session

import (
	"context"
	"strings"
	"testing"
)

// A struct that keeps functions naming itself in a slice, map, array,
// channel or pointer is refused before it runs, with an error naming the
// field (cellsrc/funcfields.go); the shapes yaegi completes run.
func TestRecursiveFuncFields(t *testing.T) {
	refused := []struct{ name, code, field string }{
		{"slice of funcs taking the struct", "type P struct {\n\tn  int\n\tfs []func(*P)\n}\np := &P{}\np.fs = append(p.fs, func(q *P) { q.n++ })\nfor _, f := range p.fs {\n\tf(p)\n}\nfmt.Println(p.n)", "field fs []func(*P)"},
		{"map of funcs taking the struct's value", "type T struct {\n\tn  int\n\tfs map[string]func(T) int\n}\nfmt.Println(T{}.n)", "field fs map[string]func(T) int"},
		{"slice of a named func type", "type PF func(*P)\ntype P struct{ fs []PF }\nfmt.Println(len(P{}.fs))", "field fs []PF"},
		{"channel of funcs", "type U struct{ ch chan func(*U) }\nfmt.Println(U{}.ch == nil)", "field ch chan func(*U)"},
		{"pointer to a func", "type S struct{ f *func(*S) }\nfmt.Println(S{}.f == nil)", "field f *func(*S)"},
		{"funcs returning the struct before another result", "type C struct{ fs []func() (*C, error) }\nfmt.Println(len(C{}.fs))", "field fs []func() (*C, error)"},
		{"through another struct that leads back", "type Context struct{ app *App }\ntype App struct {\n\thandlers map[string]func(*Context) error\n}\nfmt.Println(len(App{}.handlers))", "and Context leads back to App"},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			rec := &recorder{}
			_, e := s.Execute(context.Background(), Cell{Code: "import \"fmt\"\n" + tt.code}, rec)
			if e == nil || !strings.Contains(e.Value, "keeps functions that name") || !strings.Contains(e.Value, tt.field) {
				t.Errorf("error %v, want the refusal naming %q (printed %q)", e, tt.field, rec.out())
			}
			if rec.out() != "" {
				t.Errorf("printed %q before the error", rec.out())
			}
		})
	}
	runs := []struct{ name, code, want string }{
		{"a func field", "type N struct {\n\tn int\n\tf func(*N, int)\n}\nn := &N{f: func(p *N, x int) { p.n += x }}\nn.f(n, 4)\nfmt.Println(n.n)", "4\n"},
		{"a named func field", "type H func(*T)\ntype T struct {\n\tn int\n\th H\n}\nt := &T{h: func(p *T) { p.n = 7 }}\nt.h(t)\nfmt.Println(t.n)", "7\n"},
		{"funcs returning the struct last", "type C struct{ fs []func() *C }\nc := &C{}\nc.fs = append(c.fs, func() *C { return c })\nfmt.Println(c.fs[0]() == c)", "true\n"},
		{"funcs of a struct that does not lead back", "type Ctx struct{ args []string }\ntype App struct{ handlers map[string]func(*Ctx) int }\na := App{handlers: map[string]func(*Ctx) int{\"n\": func(c *Ctx) int { return len(c.args) }}}\nfmt.Println(a.handlers[\"n\"](&Ctx{args: []string{\"x\"}}))", "1\n"},
		{"the table in a package-level variable", "type Bus struct{ log []string }\nvar subs = map[string][]func(*Bus, string){}\nb := &Bus{}\nsubs[\"x\"] = append(subs[\"x\"], func(b *Bus, m string) { b.log = append(b.log, m) })\nfor _, h := range subs[\"x\"] {\n\th(b, \"hi\")\n}\nfmt.Println(b.log)", "[hi]\n"},
		{"an interface in place of the funcs", "type Handler interface{ Handle(*Bus, string) }\ntype Bus struct {\n\tsubs []Handler\n\tlog  []string\n}\ntype logH struct{}\nfunc (logH) Handle(b *Bus, m string) { b.log = append(b.log, m) }\nb := &Bus{subs: []Handler{logH{}}}\nfor _, h := range b.subs {\n\th.Handle(b, \"hey\")\n}\nfmt.Println(b.log)", "[hey]\n"},
	}
	for _, tt := range runs {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			rec, _ := run(t, s, "import \"fmt\"\n"+tt.code)
			if got := rec.out(); got != tt.want {
				t.Errorf("printed %q, want %q", got, tt.want)
			}
		})
	}
}
