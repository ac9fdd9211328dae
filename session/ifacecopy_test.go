package session

import "testing"

// A struct or array value of a cell type put into an interface is a copy
// (cellsrc/ifacecopy.go): changing the variable later leaves the
// interface's value as it was, in a loop too.
func TestInterfaceCopies(t *testing.T) {
	decls := "type P struct{ x int }\nfunc (p P) Get() int { return p.x }\nfunc (p *P) Set(v int) { p.x = v }\ntype G interface{ Get() int }\ntype A [2]int\nfunc (a A) Get() int { return a[0] }\n"
	tests := []struct{ name, code, want string }{
		{"declared", "p := P{1}\nvar g G = p\np.Set(5)\nfmt.Print(g.Get())", "1"},
		{"assigned", "p := P{1}\nvar g G\ng = p\np.x = 5\nfmt.Print(g.Get())", "1"},
		{"slice literal", "p := P{1}\ngs := []G{p}\np.Set(5)\nfmt.Print(gs[0].Get())", "1"},
		{"struct field", "type H struct{ g G }\np := P{1}\nh := H{g: p}\np.x = 5\nfmt.Print(h.g.Get())", "1"},
		{"map value", "p := P{1}\nm := map[string]G{}\nm[\"k\"] = p\np.x = 5\nfmt.Print(m[\"k\"].Get())", "1"},
		{"argument kept", "var kept []G\nfunc keep(g G) { kept = append(kept, g) }\np := P{1}\nkeep(p)\np.x = 5\nfmt.Print(kept[0].Get())", "1"},
		{"append in a loop", "var gs []G\nfor i := 0; i < 3; i++ {\n\tv := P{i}\n\tgs = append(gs, v)\n\tv.x = 100\n}\nfmt.Print(gs[0].Get(), gs[1].Get(), gs[2].Get())", "0 1 2"},
		{"sent", "c := make(chan G, 1)\np := P{1}\nc <- p\np.x = 5\nfmt.Print((<-c).Get())", "1"},
		{"returned", "var q = P{1}\nfunc get() G { return q }\ng := get()\nq.x = 5\nfmt.Print(g.Get())", "1"},
		{"through a pointer", "p := &P{1}\nvar g G = *p\np.x = 5\nfmt.Print(g.Get())", "1"},
		{"array", "a := A{1, 2}\nvar g G = a\na[0] = 7\nfmt.Print(g.Get())", "1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			run(t, s, "import \"fmt\"")
			run(t, s, decls)
			rec, _ := run(t, s, tt.code)
			if got := rec.out(); got != tt.want {
				t.Errorf("printed %q, want %q", got, tt.want)
			}
		})
	}
}
