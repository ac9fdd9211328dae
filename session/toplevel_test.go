package session

import "testing"

// Statements at the top level of a cell, across cells: what a comma-ok or
// multi-value := defines is a global later cells see, and a var may be
// initialized from it.
func TestTopLevelStatementsAcrossCells(t *testing.T) {
	cells := []struct{ code, out string }{
		{"m := map[string]int{\"a\": 1}\nch := make(chan int, 2)\nch <- 5\nch <- 6\nvar box any = 2.5", ""},
		{"v, ok := m[\"a\"]", ""},
		{"fmt.Println(v, ok)", "1 true\n"},
		// Run again, and as an assignment.
		{"v, ok := m[\"a\"]\nv, ok = m[\"none\"]\nfmt.Println(v, ok)", "0 false\n"},
		{"got, open := <-ch\nf, isFloat := box.(float64)\n_, isInt := box.(int)", ""},
		{"fmt.Println(got, open, f, isFloat, isInt)", "5 true 2.5 true false\n"},
		// A new type for a name already defined.
		{"ok, more := <-ch\nfmt.Println(ok, more)", "6 true\n"},
		{"var y = got * 10\nvar z = v + len(m)", ""},
		{"fmt.Println(y, z)", "50 1\n"},
		{"for k := range m {\n\tn, err := strconv.Atoi(k)\n\tfmt.Println(n, err != nil)\n}", "0 true\n"},
		{"if n, err := strconv.Atoi(\"9\"); err == nil {\n\tfmt.Println(\"nine\", n)\n}", "nine 9\n"},
		{"select {\ncase x, ok := <-ch:\n\tfmt.Println(x, ok)\ndefault:\n\tfmt.Println(\"empty\")\n}", "empty\n"},
		// A goto into the loop keeps it at the top level.
		{"i := 0\nloop:\nif i < 2 {\n\ti++\n\tgoto loop\n}\nfmt.Println(i)", "2\n"},
	}
	s := newSession(t)
	for _, c := range cells {
		rec, _ := run(t, s, c.code)
		if rec.out() != c.out {
			t.Errorf("cell %q printed %q, want %q", c.code, rec.out(), c.out)
		}
	}
}
