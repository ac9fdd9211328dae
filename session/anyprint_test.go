package session

import "testing"

// A value of a cell type in an empty interface prints as Go prints it,
// however it got there (printtypes.go's typedIface unboxes the
// interpreter's box; runtime.go's recoveredValue unwraps a recovered
// reflect.Value), and a recovered value of a cell type matches its type
// assertion.
func TestAnyHoldingCellValues(t *testing.T) {
	decls := "type PE struct{ L int }\nfunc (e *PE) Error() string { return \"pe\" }\ntype bail struct{ r string }\ntype P struct{ x int }\nfunc (p P) Get() int { return p.x }\nfunc mk() P { return P{3} }\n"
	tests := []struct{ name, code, want string }{
		{"returned any", "func f() any { return &PE{2} }\nfmt.Println(f())", "pe\n"},
		{"any from a call", "var b any = mk()\nfmt.Printf(\"%v %+v %T\", b, b, b)", "{3} {x:3} main.P"},
		{"recovered pointer asserted", "func a() (err error) {\n\tdefer func() {\n\t\tif pe, ok := recover().(*PE); ok {\n\t\t\terr = pe\n\t\t}\n\t}()\n\tpanic(&PE{3})\n}\nfmt.Print(a())", "pe"},
		{"recovered struct asserted", "func c() (s string) {\n\tdefer func() {\n\t\tp := recover()\n\t\tif b, ok := p.(bail); ok {\n\t\t\ts = b.r\n\t\t}\n\t}()\n\tpanic(bail{\"x\"})\n}\nfmt.Print(c())", "x"},
		{"recovered printed", "func d() {\n\tdefer func() {\n\t\tx := recover()\n\t\tfmt.Printf(\"%T: %v\", x, x)\n\t}()\n\tpanic(&PE{1})\n}\nd()", "*main.PE: pe"},
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
