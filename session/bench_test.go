package session

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

func BenchmarkExecuteSmallCell(b *testing.B) {
	s := newSession(b)
	ctx := context.Background()
	for b.Loop() {
		if _, e := s.Execute(ctx, Cell{Code: "x := 6\nx * 7"}, &recorder{}); e != nil {
			b.Fatal(e)
		}
	}
}

func BenchmarkExecuteLoop(b *testing.B) {
	s := newSession(b)
	ctx := context.Background()
	for b.Loop() {
		if _, e := s.Execute(ctx, Cell{Code: "n := 0\nfor i := 0; i < 100000; i++ { n += i }\nn"}, &recorder{}); e != nil {
			b.Fatal(e)
		}
	}
}

func BenchmarkComplete(b *testing.B) {
	s := newSession(b)
	for b.Loop() {
		s.Complete("fmt.Prin", 8)
	}
}

// BenchmarkExecuteManyNames runs a small cell in a session that defined
// 500 funcs and 500 vars: what a compilation records to undo it
// (rollback.go) must not grow with the number of names.
func BenchmarkExecuteManyNames(b *testing.B) {
	s := newSession(b)
	ctx := context.Background()
	var code strings.Builder
	for i := range 500 {
		fmt.Fprintf(&code, "func f%d() int { return %d }\nv%d := %d\n", i, i, i, i)
	}
	if _, e := s.Execute(ctx, Cell{Code: code.String()}, &recorder{}); e != nil {
		b.Fatal(e)
	}
	for b.Loop() {
		if _, e := s.Execute(ctx, Cell{Code: "x := 6\nx * 7"}, &recorder{}); e != nil {
			b.Fatal(e)
		}
	}
}

// BenchmarkTypedCells compares, side by side in one session of 200 earlier
// cells, the trivial cell (which never meets go/types: the world only
// stages its source) with cells the typed lowering rewrites (the world is
// brought up to date, then the cell is checked against it).
func BenchmarkTypedCells(b *testing.B) {
	cells := []struct{ name, code string }{
		{"trivial", "x := 6\nx * 7"},
		{"min", "y := min(x, 3)"},
		// Typed since the error-chain lowering (cellsrc/errorchain.go):
		// == of two values, which might be errors.
		{"comparison", "z := x\nx == z"},
		{"slices.Sort", "xs := []int{3, 1, 2}\nslices.Sort(xs)"},
		// In a function literal: yaegi v0.16.1 cannot initialize a
		// global with a generic function of an earlier cell ("not a
		// generic type").
		{"cell generic", "f := func() []string { return apply([]int{1}, func(i int) string { return \"\" }) }"},
	}
	for _, c := range cells {
		b.Run(c.name, func(b *testing.B) {
			s := newSession(b)
			ctx := context.Background()
			if _, e := s.Execute(ctx, Cell{Code: "import \"slices\""}, &recorder{}); e != nil {
				b.Fatal(e)
			}
			for i := range 200 {
				code := fmt.Sprintf("type t%d struct{ a int }\nfunc f%d(v t%d) int { return v.a }\nv%d := f%d(t%d{%d})", i, i, i, i, i, i, i)
				if _, e := s.Execute(ctx, Cell{Code: code}, &recorder{}); e != nil {
					b.Fatal(e)
				}
			}
			// A generic function of a cell: every later cell's names are
			// looked up among them (instantiate.go).
			if _, e := s.Execute(ctx, Cell{Code: "x := 1\nfunc apply[T, U any](xs []T, f func(T) U) []U { return nil }"}, &recorder{}); e != nil {
				b.Fatal(e)
			}
			for b.Loop() {
				if _, e := s.Execute(ctx, Cell{Code: c.code}, &recorder{}); e != nil {
					b.Fatal(e)
				}
			}
		})
	}
}

// BenchmarkAssertions runs, side by side, a loop of 10000 plain
// assertions to int on an any, which keep the interpreter's own form
// (cellsrc/cellassert.go lowers only those on library values), with the
// same loop in the comma-ok form: their ratio should stay near 1. The
// third, to a library type on an error, is lowered into a function
// literal (for Go's message on failure) and shows what that costs.
func BenchmarkAssertions(b *testing.B) {
	loops := []struct{ name, code string }{
		{"plain", "s := 0\nfor _, x := range xs { s += x.(int) }"},
		{"comma-ok", "s := 0\nfor _, x := range xs { v, _ := x.(int); s += v }"},
		{"lowered", "n := 0\nfor _, e := range errs { n += len(e.(*strconv.NumError).Num) }"},
	}
	for _, l := range loops {
		b.Run(l.name, func(b *testing.B) {
			s := newSession(b)
			ctx := context.Background()
			setup := "import \"strconv\"\nxs := make([]any, 10000)\nerrs := make([]error, 10000)\nfor i := range xs { xs[i], errs[i] = i, &strconv.NumError{Num: \"1\"} }"
			if _, e := s.Execute(ctx, Cell{Code: setup}, &recorder{}); e != nil {
				b.Fatal(e)
			}
			for b.Loop() {
				if _, e := s.Execute(ctx, Cell{Code: l.code}, &recorder{}); e != nil {
					b.Fatal(e)
				}
			}
		})
	}
}

// A cell that reads library variables and constants, which the lowering
// of native variables' reads type-checks (nativevarreads.go).
func BenchmarkExecuteLibraryValues(b *testing.B) {
	s := newSession(b)
	ctx := context.Background()
	if _, e := s.Execute(ctx, Cell{Code: `import ("os"; "time")`}, &recorder{}); e != nil {
		b.Fatal(e)
	}
	for b.Loop() {
		if _, e := s.Execute(ctx, Cell{Code: "d := time.Second * 2\nw := os.Stdout\n_ = w\nd"}, &recorder{}); e != nil {
			b.Fatal(e)
		}
	}
}
