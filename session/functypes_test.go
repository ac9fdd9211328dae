package session

import "testing"

// %T of a function or channel type made of cell types names them as Go
// does (printtypes.go), a method expression's too.
func TestPrintFuncTypes(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Point struct{ X, Y float64 }\nfunc (p Point) Add(q Point) Point { return p }")
	rec, _ := run(t, s, "f := Point{}.Add\nsub := Point.Add\nfmt.Printf(\"%T|%T|%T|%T|%T|%T\", f, sub, Point.Add, func(p Point, xs ...int) (Point, error) { return p, nil }, make(chan Point), (<-chan []*Point)(make(chan []*Point)))")
	want := "func(main.Point) main.Point|func(main.Point, main.Point) main.Point|func(main.Point, main.Point) main.Point|func(main.Point, ...int) (main.Point, error)|chan main.Point|<-chan []*main.Point"
	if got := rec.out(); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}
