package session

import "testing"

// A top-level := of several names assigns the earlier cells' variables
// among them, which keep their types, as main's one scope does in Go;
// the cells after see them with those types (cellsrc/reusedefine.go).
func TestDefineOfSeveralNamesReusesEarlierCellsVariable(t *testing.T) {
	s := newSession(t)
	run(t, s, "type E struct{}\nfunc (*E) Error() string { return \"E\" }\nfunc two() (*E, int) { return nil, 2 }\nvar c error")
	run(t, s, "c, d := two()")
	if got := value(t, s, "c == nil"); got != "false" {
		t.Errorf("c == nil = %s, want false (a typed nil in an error)", got)
	}
	run(t, s, "c = nil")
	if got := value(t, s, "c == nil"); got != "true" {
		t.Errorf("c == nil after c = nil: %s", got)
	}
	if got := value(t, s, "d"); got != "2" {
		t.Errorf("d = %s", got)
	}
	// Run again, every name exists: the notebook's redeclaration.
	run(t, s, "c, d := 7, \"seven\"")
	if got := value(t, s, "d"); got != `"seven"` {
		t.Errorf("d = %s", got)
	}
}
