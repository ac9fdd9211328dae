package session

import "testing"

func TestForgetRoots(t *testing.T) {
	s := newSession(t)
	for range 3 {
		run(t, s, "_ = 1")
	}
	if n := rootsLen(s.interp); n != 0 {
		t.Errorf("yaegi keeps %d compiled roots (want 0): the field moved, memory grows with every cell", n)
	}
}
