package session

import "testing"

func TestSmoke2(t *testing.T) {
	s := newSession(t)
	run(t, s, "// Add adds.\nfunc Add(a, b int) int { return a + b }\ncounter := 3")
	m, a, b := s.Complete("fmt.Prin", 8)
	t.Log(m, a, b)
	m, a, b = s.Complete("x := Ad", 7)
	t.Log(m, a, b)
	m, a, b = s.Complete("cou", 3)
	t.Log(m, a, b)
	for _, c := range []string{"strings.Split", "fmt.Println(", "Add", "counter", "len", "display.HTML", "nothing"} {
		txt, ok := s.Inspect(c, len([]rune(c)), 0)
		t.Logf("%s: %v\n%s", c, ok, txt)
	}
	for _, c := range []string{"x := 1", "func f() {", "for {\n  if x {", "x := `abc", "x := )", "fmt.Println(", "import \"fmt\"\nfunc f() {\n}\nx := 3"} {
		st, in := s.IsComplete(c)
		t.Logf("%q: %s %q", c, st, in)
	}
}
