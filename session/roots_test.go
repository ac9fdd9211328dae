package session

import (
	"testing"

	"github.com/gogil/gogil/internal/yaegistate"
)

// yaegi keeps every compiled AST for its debugger; the session must drop
// them after each compilation, or memory grows with every cell.
func TestForgetRoots(t *testing.T) {
	s := newSession(t)
	for range 3 {
		run(t, s, "_ = 1")
	}
	if n := yaegistate.RootsLen(s.interp); n != 0 {
		t.Errorf("yaegi keeps %d compiled roots (want 0): memory grows with every cell", n)
	}
}
