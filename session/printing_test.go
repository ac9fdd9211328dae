package session

import (
	"fmt"
	"io"
	"testing"
)

// TestCellResultsPrintAsGo checks the text/plain of a trailing value of a
// cell type: its String or Error method's text, as fmt prints it.
func TestCellResultsPrintAsGo(t *testing.T) {
	s := newSession(t)
	run(t, s, `type celsius float64
func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
type myErr struct{ code int }
func (e myErr) Error() string { return fmt.Sprintf("code %d", e.code) }
type point struct{ x, y int }
type boom struct{}
func (boom) String() string { panic("bad") }`)
	for code, want := range map[string]string{
		`celsius(21.5)`:                        "21.5°C",
		`myErr{3}`:                             "code 3",
		`point{1, 2}`:                          "{1 2}",
		`&point{1, 2}`:                         "&{1 2}",
		`fmt.Sprintf("%+v", point{1, 2})`:      `"{x:1 y:2}"`,
		`fmt.Errorf("at %d: %w", 2, myErr{4})`: "at 2: code 4",
		`boom{}`:                               "%!v(PANIC=String method: bad)",
	} {
		_, res := run(t, s, code)
		if got := plain(res); got != want {
			t.Errorf("%s displays %q, want %q", code, got, want)
		}
	}
}

// BenchmarkPrintInts is the cost cell printing adds to printing plain
// values: Println of three ints straight, and through the routed function
// cells call (compare the two; the difference is one cached type lookup
// per argument).
func BenchmarkPrintInts(b *testing.B) {
	routed := printFunctions(io.Discard, nil, nil)["Println"].(func(...any) (int, error))
	for _, bench := range []struct {
		name    string
		println func(...any) (int, error)
	}{
		{"fmt", func(a ...any) (int, error) { return fmt.Fprintln(io.Discard, a...) }},
		{"cell", routed},
	} {
		b.Run(bench.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				bench.println(i, 2, 3)
			}
		})
	}
}

// TestCellValuesOfCellTypesShowAsFmtPrintsThem checks the text/plain of a
// cell's value whose type the cells declared, or holds such a type: a
// slice of an interface, an interface value, a slice of a type with a
// String method, a struct field, an array of any and a call's several
// results show as fmt prints them in Go, not as the interpreter's boxes.
func TestCellValuesOfCellTypesShowAsFmtPrintsThem(t *testing.T) {
	s := newSession(t)
	run(t, s, `type Shape interface{ Area() float64 }
type Circle struct{ R float64 }
func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) String() string { return fmt.Sprintf("circle(%g)", c.R) }
type Square struct{ S float64 }
func (q Square) Area() float64 { return q.S * q.S }
type Celsius float64
func (c Celsius) String() string { return fmt.Sprintf("%g°C", float64(c)) }
type reading struct {
	Where string
	T     Celsius
}
type name string
func find(ok bool) error {
	if ok {
		return nil
	}
	return fmt.Errorf("missing")
}
func pair() (Celsius, error) { return 3, nil }
var shapes = []Shape{Circle{2}, Square{3}}
var s Shape = Circle{2}`)
	for _, c := range []struct{ code, want string }{
		{`shapes`, "[circle(2) {3}]"},
		{`s`, "circle(2)"},
		{`[]Celsius{1, 2}`, "[1°C 2°C]"},
		{`reading{"roof", 20}`, "{roof 20°C}"},
		{`[2]any{Celsius(4), Square{1}}`, "[4°C {1}]"},
		{`pair()`, "3°C, <nil>"},
		{`name("x")`, `"x"`},
		{`[]name{"x", "y"}`, `["x" "y"]`},
		{`find(true)`, "<none>"},
		{`find(false)`, "missing"},
		{`Celsius(5)`, "5°C"},
		{`3 + 4`, "7"},
		{`"plain"`, `"plain"`},
	} {
		_, res := run(t, s, c.code)
		if got := plain(res); got != c.want {
			t.Errorf("%s displays %q, want %q", c.code, got, c.want)
		}
	}
}
