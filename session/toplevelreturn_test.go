package session

import (
	"context"
	"strings"
	"testing"
)

// A return among a cell's statements ends the cell as it ends main: the
// statements after it and the later statement parts do not run, the
// declarations do, the deferred calls run and recover nothing, and the
// next cell runs as usual.
func TestTopLevelReturn(t *testing.T) {
	cells := []struct{ code, out string }{
		{"defer func() { fmt.Println(\"deferred:\", recover()) }()\nfor i := 0; i < 3; i++ {\n\tif i == 1 {\n\t\treturn\n\t}\n\tfmt.Println(i)\n}\nfmt.Println(\"not reached\")",
			"0\ndeferred: <nil>\n"},
		// In a statement the lowering moves into a function literal (a
		// comma-ok := in a block), in a type switch and a select.
		{"m := map[string]int{\"a\": 1}\nif true {\n\tv, ok := m[\"a\"]\n\tfmt.Println(v, ok)\n\treturn\n}\nfmt.Println(\"not reached\")", "1 true\n"},
		{"var x any = 2\nswitch v := x.(type) {\ncase int:\n\tfmt.Println(\"int\", v)\n\treturn\n}\nfmt.Println(\"not reached\")", "int 2\n"},
		{"ch := make(chan int, 1)\nch <- 4\nselect {\ncase n := <-ch:\n\tfmt.Println(n)\n\treturn\n}\nfmt.Println(\"not reached\")", "4\n"},
		// A declaration after the return still runs; the statements do not.
		{"fmt.Println(\"before\")\nreturn\nfmt.Println(\"not reached\")\nfunc later() string { return \"later\" }\nfmt.Println(\"nor this\")", "before\n"},
		{"fmt.Println(later())\n3 + 4", "later\n"},
	}
	s := newSession(t)
	for _, c := range cells {
		rec, _ := run(t, s, c.code)
		if rec.out() != c.out || rec.err() != "" {
			t.Errorf("cell %q printed %q (stderr %q), want %q", c.code, rec.out(), rec.err(), c.out)
		}
	}
	_, e := s.Execute(context.Background(), Cell{Code: "return 1"}, &recorder{})
	if e == nil || !strings.Contains(e.Value, "return with values") {
		t.Errorf("return 1 among the statements: %v, want a syntax error naming it", e)
	}
}
