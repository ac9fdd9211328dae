package session

import (
	"context"
	"strings"
	"testing"
)

// A recovered index out of range ends the cell with an error naming what
// gogil cannot give (runtime.go's recoveredValue): Go's value says the
// index and the length, the interpreter's panic does not.
func TestRecoveredIndexOutOfRange(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"")
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "func f() {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfmt.Println(\"Recovered:\", r)\n\t\t}\n\t}()\n\ta := []int{1}\n\ti := 3\n\t_ = a[i]\n}\nf()"}, rec)
	if e == nil || !strings.Contains(e.Value, "index out of range") || !strings.Contains(e.Value, "the index and the length") {
		t.Fatalf("error %v, printed %q", e, rec.out())
	}
	if rec.out() != "" {
		t.Errorf("printed %q before the error", rec.out())
	}
}

// A recovered slice-bounds panic is refused the same way: reflect's words
// ("reflect.Value.Slice3: slice index out of bounds") were handed to the
// program as the recovered value, where Go's say the bounds.
func TestRecoveredSliceBounds(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"")
	for _, expr := range []string{"a[i:j:k]", "a[j:i]", "str[:j+2]"} {
		rec := &recorder{}
		code := "func f() {\n\tdefer func() { fmt.Println(\"Recovered:\", recover()) }()\n\ta := []int{1, 2, 3}\n\tstr := \"abc\"\n\ti, j, k := 1, 3, 2\n\t_, _, _ = a, str, k\n\t_ = " + expr + "\n}\nf()"
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		if e == nil || !strings.Contains(e.Value, "slice bounds out of range") {
			t.Errorf("%s: error %v, printed %q", expr, e, rec.out())
		}
		if rec.out() != "" {
			t.Errorf("%s: printed %q before the error", expr, rec.out())
		}
	}
}
