package session

import (
	"context"
	"strings"
	"testing"
)

// A top-level := of a name the statements read above as an earlier
// cell's variable reads the earlier value there (cellsrc/redefine.go),
// in the same cell as the declaration too.
func TestTopLevelRedefines(t *testing.T) {
	tests := []struct{ name, earlier, code, want string }{
		{"same cell", "", "var x = \"package\"\nfmt.Println(x)\nx := \"main\"\nfmt.Println(x)", "package\nmain\n"},
		{"earlier cell", "var x = \"package\"", "fmt.Println(x)\nx := \"main\"\nfmt.Println(x)", "package\nmain\n"},
		{"from itself", "n := 2", "n := n * 10\nfmt.Println(n)", "20\n"},
		{"with a new name", "err := error(nil)\nfunc f() (int, error) { return 7, nil }", "fmt.Println(err)\nv, err := f()\nfmt.Println(v, err)", "<nil>\n7 <nil>\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			run(t, s, "import \"fmt\"")
			if tt.earlier != "" {
				run(t, s, tt.earlier)
			}
			rec, _ := run(t, s, tt.code)
			if got := rec.out(); got != tt.want {
				t.Errorf("printed %q, want %q", got, tt.want)
			}
		})
	}
	s := newSession(t)
	run(t, s, "import \"fmt\"\nvar x = 1")
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "fmt.Println(x)\nx := \"now a string\""}, rec)
	if e == nil || !strings.Contains(e.Value, "x was used above") {
		t.Errorf("another type: error %v, printed %q", e, rec.out())
	}
}
