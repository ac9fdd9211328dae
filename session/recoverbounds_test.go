package session

import (
	"context"
	"strings"
	"testing"
)

// A recovered index out of range ends the cell with an error naming what
// gogil cannot give (runtime.go's recoveredValue): Go's value says the
// index and the length, the interpreter's panic does not.
func TestRecoveredIndexOutOfRange(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"")
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "func f() {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfmt.Println(\"Recovered:\", r)\n\t\t}\n\t}()\n\ta := []int{1}\n\ti := 3\n\t_ = a[i]\n}\nf()"}, rec)
	if e == nil || !strings.Contains(e.Value, "index out of range") || !strings.Contains(e.Value, "the index and the length") {
		t.Fatalf("error %v, printed %q", e, rec.out())
	}
	if rec.out() != "" {
		t.Errorf("printed %q before the error", rec.out())
	}
}
