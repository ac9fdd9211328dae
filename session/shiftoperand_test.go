package session

import "testing"

// An untyped constant shifted by a variable count has the type of its
// context (cellsrc/shiftoperand.go).
func TestShiftOperandTypes(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"")
	rec, _ := run(t, s, "func has(word uint64, j int) bool { return word&(1<<uint(j)) != 0 }\nvar w uint64 = 1 << 40\nj := 40\nfmt.Print(has(w, 40), has(w, 3), w|1<<uint(j-1), uint8(200)+1<<j%8)")
	if got, want := rec.out(), "true false 1649267441664 200"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}
