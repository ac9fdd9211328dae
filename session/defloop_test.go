package session

import "testing"

// A var declaration after statements whose initializer takes the address
// of their variables, or names one in a function literal, reads those
// variables as Go does (cellsrc.HoistLoopingVars).
func TestVarAfterStatementsReadsTheirVariables(t *testing.T) {
	s := newSession(t)
	run(t, s, "x := 1\nvar p *int = &x\n*p = 5")
	if got := value(t, s, "x"); got != "5" {
		t.Errorf("x = %s", got)
	}
	run(t, s, "var f = func() int { return x * 2 }\nx = 6")
	if got := value(t, s, "f()"); got != "12" {
		t.Errorf("f() = %s", got)
	}
	// The declared type stays the variable's type.
	run(t, s, "import \"fmt\"\ntype N int\nfunc (n N) String() string { return \"N\" }\nn := N(1)\nvar st fmt.Stringer = n")
	if got := value(t, s, "fmt.Sprintf(\"%T\", &st)"); got != `"*fmt.Stringer"` {
		t.Errorf("type of &st = %s", got)
	}
	// A later cell redefines p by the same rule.
	run(t, s, "y := 2\nvar p = &y")
	if got := value(t, s, "*p"); got != "2" {
		t.Errorf("*p = %s", got)
	}
}
