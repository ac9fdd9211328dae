package session

import "testing"

// TestRangeNilArrayPointer: a range without a value over a nil pointer to
// an array visits the array's indexes, as Go's does, in a function and at
// the top level with the pointer a variable of an earlier cell.
func TestRangeNilArrayPointer(t *testing.T) {
	s := newSession(t)
	rec, _ := run(t, s, "func f() {\n\tvar p *[3]int\n\tfor i := range p {\n\t\tfmt.Print(i)\n\t}\n}\nf()\nvar q *[2]bool")
	if got := rec.out(); got != "012" {
		t.Errorf("in a function: printed %q", got)
	}
	rec, _ = run(t, s, "for i := range q {\n\tfmt.Print(i)\n}\nfor range q {\n\tfmt.Print(\".\")\n}")
	if got := rec.out(); got != "01.." {
		t.Errorf("at the top level: printed %q", got)
	}
}
