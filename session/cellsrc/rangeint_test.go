package cellsrc

import (
	"go/token"
	"testing"
)

// BenchmarkLowerRange measures what the range pass costs the front end: a
// slice range with a key only makes it type-check the part (the loop
// itself is left as it was, so it runs as fast as before); a cell without
// such a range pays a walk of its syntax.
func BenchmarkLowerRange(b *testing.B) {
	cells := []struct{ name, code string }{
		{"no range", "x := 1\ny := x + 2\nfmt.Println(x, y)"},
		{"slice key range", "xs := []int{1, 2, 3}\nsum := 0\nfor i := range xs {\n\tsum += xs[i]\n}"},
		{"int range", "sum := 0\nfor i := range 3 {\n\tsum += i\n}"},
	}
	for _, c := range cells {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				ps := Parser{Fset: token.NewFileSet(), Name: "cell", Code: c.code}
				f, e := ps.Parse(Split(c.code)[0])
				if e != nil {
					b.Fatal(e)
				}
				f.Lower(Options{})
			}
		})
	}
}
