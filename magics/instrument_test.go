package magics

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/session"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// instrumentInputs are the cells of testdata/*.go, by file name.
func instrumentInputs(t *testing.T) map[string][]byte {
	t.Helper()
	inputs, err := filepath.Glob(filepath.Join("testdata", "*.go"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	sources := map[string][]byte{}
	for _, input := range inputs {
		src, err := os.ReadFile(input)
		if err != nil {
			t.Fatal(err)
		}
		sources[input] = src
	}
	return sources
}

// TestInstrument shows what %%gil and %%nogil make of a cell, as golden
// files: testdata/NAME.go is the input, NAME.gil.golden and
// NAME.nogil.golden the rewritten code.
func TestInstrument(t *testing.T) {
	for input, src := range instrumentInputs(t) {
		for _, m := range []struct {
			mode lockMode
			ext  string
		}{{holding, ".gil.golden"}, {releasing, ".nogil.golden"}} {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, input, src, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			if err := rewrite(m.mode)(fset, f, testTypes(t, input, fset, f)); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := format.Node(&got, fset, f); err != nil {
				t.Fatal(err)
			}
			golden := input[:len(input)-len(".go")] + m.ext
			if *update {
				os.WriteFile(golden, got.Bytes(), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s differs from %s:\n%s", input, golden, got.Bytes())
			}
			// The result must still be Go.
			if _, err := parser.ParseFile(token.NewFileSet(), "", got.Bytes(), 0); err != nil {
				t.Errorf("%s: rewritten code does not parse: %v", golden, err)
			}
		}
	}
}

// testTypes is what the session's types would say of f, for inputs named
// typed*.go, whose package-level declarations stand for earlier cells':
// go/types on the file alone. Other inputs get none, as a part whose
// range loops the instrumenter can judge by itself.
func testTypes(t *testing.T, input string, fset *token.FileSet, f *ast.File) session.TypeOf {
	if !strings.HasPrefix(filepath.Base(input), "typed") {
		return nil
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{}).Check("main", fset, []*ast.File{f}, info); err != nil {
		t.Fatalf("%s: %v", input, err)
	}
	return func(x ast.Expr) types.Type { return info.TypeOf(x) }
}

// recorder is a kernel.Cell that keeps what a cell prints.
type recorder struct {
	discard
	out strings.Builder
}

func (r *recorder) Stream(_ string, text string) { r.out.WriteString(text) }

// runCell executes cell and returns what it printed; a cell that fails, or that
// has not ended after a minute, fails the test.
func runCell(t *testing.T, l *Layer, cell string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var r recorder
	if out := l.Execute(ctx, kernel.ExecuteInput{Code: cell}, &r); out.Err != nil {
		t.Fatalf("%s\n%s: %s", cell, out.Err.Name(), out.Err.Value)
	}
	return r.out.String()
}

// TestUnrolledLoopsComputeTheSame runs the loops %%gil unrolls in a plain
// and a %%gil cell, for trip counts around each place the unrolled body
// can leave the loop.
func TestUnrolledLoopsComputeTheSame(t *testing.T) {
	l := newTestLayer(t)
	const loops = `func %[1]sCountdown(n int) (int, int) {
	steps := 0
	for n > 0 {
		n--
		steps++
	}
	return n, steps
}

func %[1]sSum(xs []int) (s int) {
	for i := 0; i < len(xs); i++ {
		s += xs[i] * (i + 1)
	}
	return s
}

func %[1]sFib(n uint64) (a, b, c uint64) {
	a, b, c = 0, 1, 1
	for i := uint64(2); i < n; i++ {
		a = b
		b = c
		c = a + b
	}
	return
}`
	runCell(t, l, fmt.Sprintf(loops, "plain"))
	runCell(t, l, "%%gil\n"+fmt.Sprintf(loops, "held"))
	for n := range 10 {
		call := fmt.Sprintf(`xs := make([]int, %[1]d)
for i := range xs { xs[i] = 3*i + 1 }
fmt.Println(%%[1]sCountdown(%[1]d))
fmt.Println(%%[1]sSum(xs))
fmt.Println(%%[1]sFib(%[1]d))`, n)
		want := runCell(t, l, fmt.Sprintf(call, "plain"))
		if strings.Count(want, "\n") != 3 {
			t.Fatalf("n=%d: the plain cell printed %q", n, want)
		}
		if got := runCell(t, l, "%%gil\n"+fmt.Sprintf(call, "held")); got != want {
			t.Errorf("n=%d: %%%%gil loops print\n%s\nplain ones\n%s", n, got, want)
		}
	}
}

// TestUnrolledLoopYields: a thread spinning in an unrolled loop lets the
// main thread have the lock back when it asks (if it did not, the cell
// would never end and the test would fail after a minute).
func TestUnrolledLoopYields(t *testing.T) {
	l := newTestLayer(t)
	runCell(t, l, "var stop, spins int")
	runCell(t, l, "%%gil\nfunc spin() {\n\tfor stop == 0 {\n\t\tspins++\n\t}\n}")
	got := runCell(t, l, `%%gil
t := threading.Thread(spin)
t.Start()
for spins == 0 {
	time.Sleep(time.Millisecond) // lets the thread have the lock
}
stop = 1 // runs holding the lock again: the thread yielded it
t.Join()
fmt.Println(spins > 0)`)
	if got != "true\n" {
		t.Errorf("got %q", got)
	}
}
