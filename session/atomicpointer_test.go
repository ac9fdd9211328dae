package session

import (
	"context"
	"strings"
	"testing"
)

// TestAtomicPointerAcrossCells: the methods of an atomic.Pointer an earlier
// cell declared keep Pointer's signature in a later cell that does not
// name the type (the interpreter's atomic.Value would give an any), and
// a nil stored there is nil when loaded.
func TestAtomicPointerAcrossCells(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"sync/atomic\"\ntype config struct{ Name string }\ntype holder struct {\n\tcfg atomic.Pointer[config]\n}\nvar p atomic.Pointer[config]\nh := &holder{}")
	rec, _ := run(t, s, "p.Store(&config{\"a\"})\nh.cfg.Store(nil)\nfmt.Println(p.Load().Name, h.cfg.Load() == nil, h.cfg.CompareAndSwap(nil, p.Load()))")
	if got := rec.out(); got != "a true true\n" {
		t.Errorf("first cell after the declarations printed %q", got)
	}
	rec, _ = run(t, s, "old := p.Swap(nil)\nfmt.Println(old.Name, p.Load() == nil, h.cfg.Load().Name)")
	if got := rec.out(); got != "a true a\n" {
		t.Errorf("second cell printed %q", got)
	}
}

// TestAtomicPointerRefusals: what the atomic.Value it is kept in cannot
// be, or would print differently, is refused, naming atomic.Pointer.
func TestAtomicPointerRefusals(t *testing.T) {
	for name, code := range map[string]string{
		"method value": "import \"sync/atomic\"\nvar p atomic.Pointer[int]\nload := p.Load\nfmt.Println(load())",
		"embedded":     "import \"sync/atomic\"\ntype s struct {\n\tatomic.Pointer[int]\n}\nvar v s\nfmt.Println(v.Load())",
		"printed":      "import \"sync/atomic\"\ntype h struct{ p atomic.Pointer[int] }\nvar v h\nfmt.Printf(\"%+v\\n\", v)",
		"printed %T":   "import \"sync/atomic\"\nvar p atomic.Pointer[int]\nfmt.Printf(\"%T\\n\", &p)",
		"generic":      "import \"sync/atomic\"\ntype box[T any] struct{ p atomic.Pointer[T] }\nfunc (b *box[T]) get() *T { return b.p.Load() }\nfmt.Println(new(box[int]).get())",
	} {
		rec := &recorder{}
		_, e := newSession(t).Execute(context.Background(), Cell{Code: code}, rec)
		if e == nil || !strings.Contains(e.Value, "atomic.Pointer") || !strings.Contains(e.Value, "not supported") {
			t.Errorf("%s: got %v, printed %q", name, e, rec.out())
		}
	}
}
