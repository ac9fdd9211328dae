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
