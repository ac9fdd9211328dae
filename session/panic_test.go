package session

import (
	"context"
	"strings"
	"testing"
)

// A panic's value is shown as Go prints it, whatever its type.
func TestPanicValues(t *testing.T) {
	s := newSession(t)
	tests := []struct{ code, want string }{
		{`panic("text")`, "text"},
		{`panic(42)`, "42"},
		{`panic(errors.New("an error"))`, "an error"},
		{`panic(nil)`, "panic called with nil argument"},
		{`panic(fmt.Sprintf("%d%%", 50))`, "50%"},
	}
	for _, tt := range tests {
		_, e := s.Execute(context.Background(), Cell{Code: tt.code}, &recorder{})
		if e == nil || e.Name() != "panic" || e.Value != tt.want {
			t.Errorf("%s: got %+v, want panic %q", tt.code, e, tt.want)
		}
	}
}

// Run-time errors that reach the cell as reflect's panics are worded as
// Go words them, with the interpreter's words kept after.
func TestRuntimeErrorWording(t *testing.T) {
	s := newSession(t)
	tests := []struct{ code, want string }{
		{"type P struct{ X int }\nvar p *P\np.X", "runtime error: invalid memory address or nil pointer dereference"},
		{"var f func()\nf()", "runtime error: invalid memory address or nil pointer dereference"},
		{"s := []int{1}\ni := 5\ns[i]", "runtime error: index out of range"},
		{"n := -1\nmake([]byte, n)", "runtime error: makeslice: len out of range"},
		{"x := 0\n1 / x", "runtime error: integer divide by zero"},
	}
	for _, tt := range tests {
		_, e := s.Execute(context.Background(), Cell{Code: tt.code}, &recorder{})
		if e == nil || e.Name() != "panic" || !strings.HasPrefix(e.Value, tt.want) {
			t.Errorf("%q: got %+v, want a panic starting %q", tt.code, e, tt.want)
		}
	}
}

// A nil pointer whose String method fmt calls panics inside the method,
// which fmt recovers to print <nil>; yaegi's line for that frame has no
// position ("-: panic: ...") and must not reach the cell's stderr.
func TestRecoveredPanicWithoutPositionLeavesStderrClean(t *testing.T) {
	s := newSession(t)
	rec, _ := run(t, s, `import "fmt"
type account struct{ owner string }
func (a *account) String() string { return "acct:" + a.owner }
var p *account
fmt.Println(p == nil, p)`)
	if got := rec.stdout.String(); got != "true <nil>\n" {
		t.Errorf("stdout %q, want %q", got, "true <nil>\n")
	}
	if got := rec.stderr.String(); got != "" {
		t.Errorf("stderr %q, want nothing", got)
	}
}
