package session

import (
	"context"
	"strings"
	"testing"
)

// An error the lowering reports about a cell's statements names the
// variables as the cell wrote them, not the hidden names its passes gave
// the declarations of nested blocks and loops (cellsrc/shadow.go,
// loopvar.go).
func TestLoweringErrorsNameTheUsersVariables(t *testing.T) {
	s := newSession(t)
	code := "import \"fmt\"\nfor i := 0; i < 6; i++ {\n\tif i%2 == 0 {\n\t\ti++\n\t}\n\tdefer func() { fmt.Print(i) }()\n}"
	_, e := s.Execute(context.Background(), Cell{Code: code}, &recorder{})
	if e == nil {
		t.Fatal("the cell ran; want the error about the deferred literal")
	}
	msg := e.Value + "\n" + strings.Join(e.Traceback, "\n")
	if strings.Contains(msg, "__gogil") {
		t.Errorf("the error shows a hidden name:\n%s", msg)
	}
	if !strings.Contains(e.Value, "loop's variable i,") {
		t.Errorf("the error does not name i: %s", e.Value)
	}
}

// A constant expression that overflows its sized type is Go's compile
// error, not the wrapped value the interpreter folded (127, 44).
func TestConstantOverflowIsACompileError(t *testing.T) {
	for _, code := range []string{
		"import \"fmt\"\nfmt.Println(int8(-129))",
		"import \"fmt\"\nx := uint8(200) + 100\nfmt.Println(x)",
		"func f() uint8 { return uint8(250) + 10 }",
	} {
		s := newSession(t)
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		if e == nil || !strings.Contains(e.Value, "overflows") {
			t.Errorf("%q: error %v, printed %q; want the overflow named", code, e, rec.out())
		}
	}
	// A typed constant of an earlier part or cell, in arithmetic: the
	// interpreter sees only its value.
	for _, cells := range [][]string{
		{"const c uint8 = 255", "import \"fmt\"\nfmt.Println(c + 1)"},
		{"import \"fmt\"\nconst c uint8 = 255\nfmt.Println(c + 1)"},
		{"const c uint8 = 255", "func f() uint8 { return c * 2 }"},
		{"const big = 300", "var b uint8 = big + 1"},
	} {
		s := newSession(t)
		for _, code := range cells[:len(cells)-1] {
			run(t, s, code)
		}
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: cells[len(cells)-1]}, rec)
		if e == nil || !strings.Contains(e.Value, "overflows") {
			t.Errorf("%q: error %v, printed %q; want the overflow named", cells, e, rec.out())
		}
	}
	s := newSession(t)
	run(t, s, "const c uint8 = 255")
	if got := value(t, s, "c - 1"); got != "0xfe" && got != "254" {
		t.Errorf("c - 1 = %s", got)
	}
	rec, _ := run(t, s, "import \"fmt\"\nconst small int8 = 100\nfmt.Println(int8(27)+small, uint8(255))")
	if rec.out() != "127 255\n" {
		t.Errorf("constants in range printed %q", rec.out())
	}
}

// A package-level variable initialized by a call of a generic function
// that reads an earlier cell's variable is refused with the workaround
// (cellsrc/genericvars.go): the interpreter would leave it zero.
func TestGenericVarInitReadingAnEarlierVariableIsRefused(t *testing.T) {
	s := newSession(t)
	run(t, s, "func id[T any](v T) T { return v }\nx := 2")
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "var y = id(x)"}, rec)
	if e == nil || !strings.Contains(e.Value, "generic function") || !strings.Contains(e.Value, "y :=") {
		t.Errorf("error %v, printed %q; want the refusal naming the workaround", e, rec.out())
	}
	if got := value(t, s, "id(x)"); got != "2" {
		t.Errorf("id(x) = %s", got)
	}
}
