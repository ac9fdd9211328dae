package cellsrc

import (
	"go/parser"
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

// A cell needs types when any of its nodes does, whatever follows it: a
// later sibling that needs none does not take the answer back.
func TestNeedsTypesKeepsWhatItFound(t *testing.T) {
	for _, src := range []string{
		"package main\nfunc main() {\n\tfmt.Println(min(1, 2))\n\tfor _, s := range []int{1} {\n\t\t_ = s\n\t}\n}",
		"package main\nfunc main() {\n\tp := new(3)\n\tq := new(int)\n\t_, _ = p, q\n}",
	} {
		f, err := parser.ParseFile(token.NewFileSet(), "x.go", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		if !needsTypes(f) {
			t.Errorf("needsTypes is false for:\n%s", src)
		}
	}
}
