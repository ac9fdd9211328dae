package session

import (
	"context"
	"strings"
	"testing"

	"github.com/gogil/gogil/cellio"
)

// A recovered index out of range is Go's runtime error, worded with the
// index and the length (cellsrc/bounds.go). Where the lowering cannot
// check the index (an operand that calls a function, read twice), the
// cell ends with an error naming what gogil cannot give
// (runtime.go's recoveredValue) rather than the interpreter's words.
func TestRecoveredIndexOutOfRange(t *testing.T) {
	for _, tt := range []struct{ expr, want string }{
		{"a[i]", "Recovered: runtime error: index out of range [3] with length 1\n"},
		{"get()[i]", ""},
	} {
		s := newSession(t)
		run(t, s, "import \"fmt\"")
		rec := &recorder{}
		code := "func get() []int { return []int{1} }\nfunc f() {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfmt.Println(\"Recovered:\", r)\n\t\t}\n\t}()\n\ta := get()\n\ti := 3\n\t_ = " + tt.expr + "\n}\nf()"
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		checkRecoveredBounds(t, tt.expr, tt.want, "the index and the length", rec.out(), e)
	}
}

// A recovered slice-bounds panic likewise: reflect's words
// ("reflect.Value.Slice3: slice index out of bounds") were handed to the
// program as the recovered value, where Go's say the bounds. A full slice
// expression is not lowered, and is refused.
func TestRecoveredSliceBounds(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"")
	for _, tt := range []struct{ expr, want string }{
		{"a[i:j:k]", ""},
		{"a[j:i]", "Recovered: runtime error: slice bounds out of range [3:1]\n"},
		{"str[:j+2]", "Recovered: runtime error: slice bounds out of range [:5] with length 3\n"},
		{"a[j+1:]", "Recovered: runtime error: slice bounds out of range [4:3]\n"},
		{"a[:k+2]", "Recovered: runtime error: slice bounds out of range [:4] with capacity 3\n"},
	} {
		rec := &recorder{}
		code := "func f() {\n\tdefer func() { fmt.Println(\"Recovered:\", recover()) }()\n\ta := []int{1, 2, 3}\n\tstr := \"abc\"\n\ti, j, k := 1, 3, 2\n\t_, _, _ = a, str, k\n\t_ = " + tt.expr + "\n}\nf()"
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		checkRecoveredBounds(t, tt.expr, tt.want, "slice bounds out of range", rec.out(), e)
	}
}

// checkRecoveredBounds: the cell printed want, or ended in an error
// saying refused (and printed nothing) where want is "".
func checkRecoveredBounds(t *testing.T, expr, want, refused, got string, e *cellio.Error) {
	t.Helper()
	if want != "" {
		if e != nil || got != want {
			t.Errorf("%s: error %v, printed %q, want %q", expr, e, got, want)
		}
		return
	}
	if e == nil || !strings.Contains(e.Value, refused) {
		t.Errorf("%s: error %v, printed %q", expr, e, got)
	}
	if got != "" {
		t.Errorf("%s: printed %q before the error", expr, got)
	}
}
