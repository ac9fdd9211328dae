package cellsrc

import (
	"go/token"
	"testing"
)

// BenchmarkLowerLoopLiterals measures what the two passes of looplits.go
// cost the front end, beside the whole lowering of the same cell: the
// trivial cell, a loop without a literal, and one whose literal is made
// through a call.
func BenchmarkLowerLoopLiterals(b *testing.B) {
	cells := []struct{ name, code string }{
		{"trivial", "x := 6\nx * 7"},
		{"plain loop", "sum := 0\nfor i := 0; i < 10; i++ {\n\tsum += i\n}"},
		{"literal", "var fs []func()\nfor i := 0; i < 3; i++ {\n\tfs = append(fs, func() { fmt.Print(i) })\n}"},
	}
	for _, c := range cells {
		parse := func(b *testing.B) *File {
			ps := Parser{Fset: token.NewFileSet(), Name: "cell", Code: c.code}
			f, e := ps.Parse(Split(c.code)[len(Split(c.code))-1])
			if e != nil {
				b.Fatal(e)
			}
			return f
		}
		b.Run(c.name+"/passes", func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				f := parse(b)
				b.StartTimer()
				if e := refuseLoopHeaderLiterals(f); e != nil {
					b.Fatal(e)
				}
				keepLoopLiteralFrames(f.AST)
			}
		})
		b.Run(c.name+"/parse and lower", func(b *testing.B) {
			for b.Loop() {
				parse(b).Lower(Options{})
			}
		})
	}
}
