package cellsrc

import (
	"go/token"
	"testing"
)

// BenchmarkLowerLoopVars measures what the loop-variable pass costs the
// front end, beside the whole lowering of the same cell: a cell with no
// loop, a loop nothing captures (walked, left as it was) and one whose
// closure captures its variable (rewritten).
func BenchmarkLowerLoopVars(b *testing.B) {
	cells := []struct{ name, code string }{
		{"no loop", "x := 1\ny := x + 2\nfmt.Println(x, y)"},
		{"plain loop", "sum := 0\nfor i := 0; i < 10; i++ {\n\tsum += i\n}"},
		{"captured", "var fs []func()\nfor i := 0; i < 3; i++ {\n\tfs = append(fs, func() { fmt.Print(i) })\n}"},
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
		b.Run(c.name+"/pass", func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				f := parse(b)
				b.StartTimer()
				RewriteLoopVars(f.AST)
			}
		})
		b.Run(c.name+"/parse and lower", func(b *testing.B) {
			for b.Loop() {
				parse(b).Lower(Options{})
			}
		})
	}
}
