package session

import (
	"context"
	"strings"
	"testing"
)

// Cells are a program started with no arguments: the kernel's own
// command line reaches neither os.Args nor flag, and a bad flag ends the
// cell, not the process (Go's ExitOnError would exit it).
func TestCellCommandLine(t *testing.T) {
	s := newSession(t)
	_, res := run(t, s, `import "flag"
n := flag.Int("n", 3, "count")
flag.Parse()
fmt.Sprint(len(os.Args), flag.NArg(), *n)`)
	if plain(res) != `"1 0 3"` {
		t.Errorf("a program with no arguments: %s", plain(res))
	}
	// Trying a command line out by setting os.Args, as people do.
	_, res = run(t, s, `os.Args = []string{"prog", "-n", "9", "a", "b"}
flag.Parse()
fmt.Sprint(*n, flag.Args())`)
	if plain(res) != `"9 [a b]"` {
		t.Errorf("flag.Parse of os.Args set by a cell: %s", plain(res))
	}
	for _, code := range []string{
		`flag.CommandLine.Parse([]string{"-bogus"})`,
		`os.Args = []string{"prog", "-bogus"}` + "\nflag.Parse()",
		`fs := flag.NewFlagSet("sub", flag.ExitOnError)` + "\nfs.Parse([]string{\"-zz\"})",
		`flag.Int("n", 1, "again")`,
	} {
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		if e == nil || e.Name() != "panic" {
			t.Errorf("%q: got %v (stdout %q), want a panic", code, e, rec.out())
			continue
		}
		if !strings.Contains(rec.err(), "flag provided but not defined") && !strings.Contains(e.Error(), "redefined") {
			t.Errorf("%q: the error does not say what went wrong: %v %q", code, e, rec.err())
		}
	}
	_, res = run(t, s, "1 + 1")
	if plain(res) != "2" {
		t.Errorf("the session after bad flags: %s", plain(res))
	}
}
