package cellsrc

import (
	"go/parser"
	"go/token"
	"reflect"
	"testing"
)

func TestHoistLoopingVars(t *testing.T) {
	global := func(name string) bool { return name == "x" || name == "a" }
	cases := []struct {
		text string
		want []Part
	}{
		{"var y = x", nil},  // QualifyGlobals reads it as main.x
		{"var y = &z", nil}, // z is no global
		{"var y = &x\nvar z = &y", []Part{{Stmts, "y := &x", 3, 1}, {Decls, "var z = &y", 4, 1}}},
		{"func f() {}\nvar p *int = &x", []Part{{Decls, "func f() {}\n", 3, 1}, {Stmts, "p := func() *int { return &x }()", 4, 1}}},
		{"var op = func(a, b int) int { return a + b }", []Part{{Stmts, "op := func(a, b int) int { return a + b }", 3, 1}}},
		{"var (\n\tp = &x\n\tq, r = 1, 2\n)", []Part{{Stmts, "p := &x\nq, r := 1, 2", 3, 1}}},
		{"var _ = &x", []Part{{Stmts, "_ = &x", 3, 1}}},
		{"var (\n\tz int\n\tp = &x\n)", []Part{{Stmts, "var z int\np := &x", 3, 1}}},
		{"var (\n\tz, w []int\n\tp = &x\n)", []Part{{Stmts, "var z, w []int\np := &x", 3, 1}}},
		{"var (\n\tz, w int = f()\n\tp = &x\n)", []Part{{Stmts, "var z, w int\nz, w = f()\np := &x", 3, 1}}},
		{"var t = []struct{ a int }{{1}}", []Part{{Stmts, "t := []struct{ a int }{{1}}", 3, 1}}}, // a field named as a global
		{"var t = []struct{ b int }{{1}}", nil},
	}
	for _, c := range cases {
		got := HoistLoopingVars(Part{Kind: Decls, Text: c.text, Line: 3, Col: 1}, global)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %+v, want %+v", c.text, got, c.want)
		}
	}
}

func TestHoistGlobalVars(t *testing.T) {
	global := func(name string) bool { return name == "x" || name == "a" }
	cases := []struct {
		text string
		want []Part
	}{
		{"var y = a.(fmt.Stringer)", []Part{{Stmts, "y := a.(fmt.Stringer)", 3, 1}}},
		{"var s fmt.Stringer = r.Value.(fmt.Stringer)", nil}, // r is no global
		{"var s fmt.Stringer = x.Value.(fmt.Stringer)", []Part{{Stmts, "s := func() fmt.Stringer { return x.Value.(fmt.Stringer) }()", 3, 1}}},
		{"type T int\nvar y = 1\nvar z = x + 1", []Part{{Decls, "type T int\nvar y = 1\n", 3, 1}, {Stmts, "z := x + 1", 5, 1}}},
		{"var y int", nil},
	}
	for _, c := range cases {
		got := HoistGlobalVars(Part{Kind: Decls, Text: c.text, Line: 3, Col: 1}, global)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %+v, want %+v", c.text, got, c.want)
		}
	}
}

// LowersGlobalsLate looks at a lowered file: a read of a global inside a
// function literal a pass wrote is one QualifyGlobals leaves.
func TestLowersGlobalsLate(t *testing.T) {
	global := func(name string) bool { return name == "a" }
	cases := map[string]bool{
		"var y = a":                                 false, // qualified as main.a
		"var y = func() any { return a }()":         true,
		"var y = func() any { v := 1; return v }()": false,
		"var y = &a":                                true,
		"func f() any { return a }":                 false, // yaegi orders no function body
	}
	for src, want := range cases {
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+src, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := LowersGlobalsLate(f, global); got != want {
			t.Errorf("%q: got %v, want %v", src, got, want)
		}
	}
}

func TestTopLevelVars(t *testing.T) {
	got := TopLevelVars(Part{Kind: Stmts, Text: "a, _ := f()\nvar b, c int\nfor i := 0; i < 3; i++ { d := i }\ne = 1"})
	if want := []string{"a", "b", "c"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
