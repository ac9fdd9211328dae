package session

import (
	"context"
	"strings"
	"testing"
)

// errors.As to an interface written in a cell, or one a cell type
// implements, finds the cell values in the chain that implement it; a
// library value that may implement it ends the cell with an error.
func TestErrorsAsInterfaceTarget(t *testing.T) {
	const decls = `import (
	"errors"
	"fmt"
	"os"
	"strconv"
)
type temporary interface{ Temporary() bool }
type netErr struct{ msg string }
func (n *netErr) Error() string   { return n.msg }
func (n *netErr) Temporary() bool { return true }
type valTemp struct{ n int }
func (v valTemp) Error() string    { return fmt.Sprint("valtemp ", v.n) }
func (v valTemp) Temporary() bool  { return v.n > 0 }
type plainErr struct{ code int }
func (p plainErr) Error() string { return fmt.Sprint("plain ", p.code) }
type wrapErr struct{ inner error }
func (w wrapErr) Error() string { return "wrap: " + w.inner.Error() }
func (w wrapErr) Unwrap() error { return w.inner }
`
	cases := []struct{ name, code, want, err string }{
		{"named, through %w", "var t temporary\nok := errors.As(fmt.Errorf(\"op: %w\", &netErr{\"reset\"}), &t)\nfmt.Println(ok, t.Temporary(), t)\n", "true true reset\n", ""},
		{"literal, a value type", "var t interface{ Temporary() bool }\nok := errors.As(fmt.Errorf(\"a: %w\", fmt.Errorf(\"b: %w\", valTemp{0})), &t)\nfmt.Println(ok, t.Temporary())\n", "true false\n", ""},
		{"through a cell Unwrap", "var t temporary\nfmt.Println(errors.As(wrapErr{wrapErr{&netErr{\"deep\"}}}, &t), t)\n", "true deep\n", ""},
		{"in a join", "var t temporary\nfmt.Println(errors.As(errors.Join(plainErr{1}, valTemp{2}), &t), t)\n", "true valtemp 2\n", ""},
		{"no match", "var t temporary\nfmt.Println(errors.As(fmt.Errorf(\"x: %w\", plainErr{3}), &t), t == nil)\n", "false true\n", ""},
		{"not wrapped", "var t temporary\nfmt.Println(errors.As(fmt.Errorf(\"x: %v\", &netErr{\"x\"}), &t))\n", "false\n", ""},
		{"library error without the methods", "var t temporary\n_, err := strconv.Atoi(\"x\")\nfmt.Println(errors.As(fmt.Errorf(\"parse: %w\", err), &t), errors.Is(err, strconv.ErrSyntax))\n", "false true\n", ""},
		{"library error with the methods of a shape", "var t interface{ Timeout() bool }\n_, err := os.Open(\"/nonexistent/x\")\nfmt.Println(errors.As(err, &t))\n", "true\n", ""},
		{"library error with the methods", "var t interface {\n\tTimeout() bool\n\tTemporary() bool\n}\n_, err := os.Open(\"/nonexistent/x\")\nfmt.Println(errors.As(err, &t))\n", "",
			"the library error syscall.Errno in the chain has the target's methods"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newSession(t)
			rec := &recorder{}
			_, e := s.Execute(context.Background(), Cell{Code: decls + c.code}, rec)
			switch {
			case c.err != "" && (e == nil || !strings.Contains(e.Error(), c.err)):
				t.Errorf("error %v, printed %q; want an error with %q", e, rec.out(), c.err)
			case c.err != "" && (!e.Unsupported || rec.out() != ""):
				t.Errorf("error %v (unsupported %v) after printing %q: want a gap before any output", e, e.Unsupported, rec.out())
			case c.err == "" && e != nil:
				t.Errorf("failed: %v", e)
			case c.err == "" && rec.out() != c.want:
				t.Errorf("printed %q, want %q", rec.out(), c.want)
			}
		})
	}
}
