package magics

import (
	"context"
	"strings"
	"testing"

	"github.com/gogil/gogil/kernel"
)

// %%native cells through the Layer, as the kernel runs them: built with the
// real toolchain and loaded into this test binary (package native builds
// plugins with the binary's own flags, -race included).

const fibonacciCell = `%%native
func fibonacci(n uint64) uint64 {
	if n <= 1 {
		return n
	}
	var a, b uint64 = 0, 1
	c := a + b
	for i := uint64(2); i < n; i++ {
		a = b
		b = c
		c = a + b
	}
	return c
}

type Point struct{ X, Y int }

func Norm1(p Point) int { return abs(p.X) + abs(p.Y) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

const Limit = 90
`

func newNativeLayer(t *testing.T) *Layer {
	t.Helper()
	t.Setenv("GOGIL_NATIVE_CACHE", t.TempDir())
	return newTestLayer(t)
}

func TestNativeDefineAndCall(t *testing.T) {
	l := newNativeLayer(t)
	out, _ := exec(t, l, fibonacciCell)
	if !strings.HasPrefix(out, "%%native: built in ") {
		t.Errorf("the cell printed %q, want how long the build took", out)
	}
	for code, want := range map[string]string{
		"fibonacci(Limit)":              "2880067194370816120",
		"Norm1(Point{X: -3, Y: 4})":     "7",
		"abs(-5)":                       "5",
		"%%gil\nfibonacci(10)":          "55",
		"var p Point\np.X = 2\nNorm1(p)": "2",
	} {
		if _, got := exec(t, l, code); got != want {
			t.Errorf("%q = %q, want %q", code, got, want)
		}
	}
}

func failing(t *testing.T, l *Layer, code string) (name string, lines string) {
	t.Helper()
	out := l.Execute(context.Background(), kernel.ExecuteInput{Code: code}, &recording{})
	if out.Err == nil {
		t.Fatalf("%q succeeded, want an error", code)
	}
	return out.Err.Name(), strings.Join(out.Err.Lines(), "\n")
}
