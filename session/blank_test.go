package session

import (
	"context"
	"testing"
)

// A package-level `var _ T = ...` (the interface-satisfaction idiom, and
// the declarations gogil adds for cell types) must not turn `_` into a
// variable that later `_ = value` statements of another type write into.
func TestBlankAssignmentsAfterBlankVars(t *testing.T) {
	for _, cells := range [][]string{
		{"type T struct{ A int }", "_ = []int{1}", "_ = []*T{&T{A: 2}}"},
		{"var _ = 5", "_ = []int{3}", "_ = \"s\""},
		{"type S struct{}\nfunc (S) String() string { return \"S\" }\nvar _ fmt.Stringer = S{}", "_ = []int{3}",
			"_, err := strconv.Atoi(\"1\")\n_ = err"},
		{"_ = []int{1}", "_ = \"s\"", "_ = map[int]int{}", "for _, v := range []int{1} { _ = v }"},
		{"func f() int { return 1 }\nvar _ = f()\nx := 1\nvar _ = f()\ntype U struct{}\n_ = x\nvar _ = []int{2}"},
	} {
		s := newSession(t)
		for _, code := range cells {
			if _, e := s.Execute(context.Background(), Cell{Code: code}, &recorder{}); e != nil {
				t.Errorf("%q after %q: %v", code, cells[0], e)
			}
		}
	}
}
