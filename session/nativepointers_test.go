package session

import (
	"context"
	"strings"
	"testing"
)

// flag.TextVar needs the pointer itself, which the interpreter hands on
// wrapped for a cell type: such a call is refused before the cell runs,
// naming the function; with a library type it runs.
func TestTextVarOfCellTypeRefused(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\n\t\"flag\"\n\t\"fmt\"\n\t\"net/netip\"\n)")
	run(t, s, "type Mode int\nfunc (m Mode) MarshalText() ([]byte, error) { return []byte(\"m\"), nil }\nfunc (m *Mode) UnmarshalText(b []byte) error { *m = Mode(len(b)); return nil }")
	rec, _ := run(t, s, "fs := flag.NewFlagSet(\"x\", flag.ContinueOnError)\nvar a netip.Addr\nfs.TextVar(&a, \"addr\", netip.MustParseAddr(\"::1\"), \"\")\nfmt.Println(fs.Parse([]string{\"-addr\", \"10.0.0.1\"}), a)")
	if got, want := rec.out(), "<nil> 10.0.0.1\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	for _, code := range []string{
		"var m Mode\nflag.TextVar(&m, \"mode\", Mode(1), \"\")",
		"fs := flag.NewFlagSet(\"x\", flag.ContinueOnError)\nm := new(Mode)\nfs.TextVar(m, \"mode\", Mode(1), \"\")",
	} {
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		if e == nil || !strings.Contains(e.Value, "flag.TextVar of a value of Mode") || rec.out() != "" {
			t.Errorf("%s: error %v, printed %q", code, e, rec.out())
		}
	}
}
