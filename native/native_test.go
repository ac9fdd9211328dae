package native

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/gil"
)

const fibCell = `%%native
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

const Big = 1e9
`

func TestCompileAndCall(t *testing.T) {
	c := New(gil.New(), Options{CacheDir: t.TempDir()})
	defer c.Close()
	cell, err := c.Compile(context.Background(), "\n"+fibCell[len("%%native\n"):], false)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(cell.Binding, cell.Took)
	fib := cell.Package[cell.ImportPath+"/native"]["fibonacci"].Interface().(func(uint64) uint64)
	if got := fib(90); got != 2880067194370816120 {
		t.Fatalf("fibonacci(90) = %d", got)
	}
}

// A module from the proxy: github.com/dustin/go-humanize is small, has no
// dependencies and has been stable for years.
const humanizeCell = `
import "github.com/dustin/go-humanize"

func Size(n uint64) string { return humanize.Bytes(n) }
`

func TestModuleFromTheProxy(t *testing.T) {
	c := New(gil.New(), Options{CacheDir: t.TempDir()})
	defer c.Close()
	cell, err := c.Compile(context.Background(), humanizeCell, false)
	if err != nil {
		t.Fatal(err)
	}
	size := cell.Package[cell.ImportPath+"/native"]["Size"].Interface().(func(uint64) string)
	if got := size(82854982); got != "83 MB" {
		t.Errorf("Size = %q", got)
	}
	if v := c.mods.loaded["github.com/dustin/go-humanize"]; v == "" {
		t.Errorf("the module's version was not settled: %v", c.mods.loaded)
	}
}

// A module the kernel contains gets the kernel's version: pinned to it
// when the cell's modules asked for another, refused when pinned by hand.
func TestModuleTheKernelContains(t *testing.T) {
	c := New(gil.New(), Options{CacheDir: t.TempDir()})
	defer c.Close()
	// This test binary does not link github.com/google/uuid; say it does.
	c.mods.kernel["github.com/google/uuid"] = "v1.5.0"
	_, _, err := c.GoGet(context.Background(), "github.com/google/uuid@v1.6.0")
	if !errors.Is(err, ErrModule) || !strings.Contains(err.Error(), "v1.5.0") || !strings.Contains(err.Error(), "github.com/google/uuid") {
		t.Fatalf("pinning another version than the kernel's: %v", err)
	}
	cell, err := c.Compile(context.Background(), "import \"github.com/google/uuid\"\n\nfunc Valid(s string) bool { return uuid.Validate(s) == nil }\n", false)
	if err != nil {
		t.Fatal(err)
	}
	if len(cell.Notes) != 1 || !strings.Contains(cell.Notes[0], "pinned to v1.5.0") {
		t.Errorf("notes %q, want the pin to the kernel's version", cell.Notes)
	}
	if v := c.mods.loaded["github.com/google/uuid"]; v != "v1.5.0" {
		t.Errorf("loaded %q", v)
	}
	// Once loaded, a version stays for the process's life.
	delete(c.mods.kernel, "github.com/google/uuid")
	if _, _, err := c.GoGet(context.Background(), "github.com/google/uuid@v1.4.0"); err == nil || !strings.Contains(err.Error(), "already loaded") {
		t.Errorf("re-pinning a loaded module: %v", err)
	}
}

func TestModuleErrors(t *testing.T) {
	for _, tc := range []struct {
		name, env, code, want string
	}{
		{"no such module", "", "import \"github.com/gogil-nonexistent/nothing-here\"\n\nvar _ = nothing.X\n", "no module provides"},
		{"proxy off", "off", "import \"github.com/gogil-nonexistent/offline\"\n\nvar _ = offline.X\n", "GOPROXY=off"},
		{"the kernel's own", "", "import \"github.com/gogil/gogil/workloads\"\n\nvar _ = workloads.Fibonacci\n", "gogil's own packages"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.env != "" {
				t.Setenv("GOPROXY", tc.env)
			}
			c := New(gil.New(), Options{CacheDir: t.TempDir()})
			defer c.Close()
			_, err := c.Compile(context.Background(), tc.code, false)
			if !errors.Is(err, ErrModule) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an ErrModule saying %q", err, tc.want)
			}
		})
	}
	c := New(gil.New(), Options{CacheDir: t.TempDir()})
	defer c.Close()
	if _, _, err := c.GoGet(context.Background(), "github.com/dustin/go-humanize@v9.9.9"); !errors.Is(err, ErrModule) || !strings.Contains(err.Error(), "v9.9.9") {
		t.Errorf("a version that does not exist: %v", err)
	}
}

func TestImportForTheInterpreter(t *testing.T) {
	c := New(gil.New(), Options{CacheDir: t.TempDir()})
	defer c.Close()
	pkgs, _, err := c.Import(context.Background(), "github.com/dustin/go-humanize", nil)
	if err != nil {
		t.Fatal(err)
	}
	syms := pkgs["github.com/dustin/go-humanize/humanize"]
	if syms == nil {
		t.Fatalf("no table under the package's key: %v", sortedKeys(pkgs))
	}
	if got := syms["Comma"].Interface().(func(int64) string)(1234567); got != "1,234,567" {
		t.Errorf("Comma = %q", got)
	}
}

// After loading, the plugin's clean pages are given back (releaseLoaded):
// its initialised data, its type information and its pclntab must all
// still be there when the cell runs.
func TestReleasedPluginStillWorks(t *testing.T) {
	c := New(gil.New(), Options{CacheDir: t.TempDir()})
	defer c.Close()
	cell, err := c.Compile(context.Background(), `
import "fmt"

var table = map[string][]int{"primes": {2, 3, 5, 7}}

type named struct{ n int }

func (x named) String() string { return fmt.Sprint("named ", x.n) }

func describe(key string) string {
	var s fmt.Stringer = named{len(table[key])}
	return s.String()
}

func fail(i int) int {
	return []int{1}[i]
}
`, false)
	if err != nil {
		t.Fatal(err)
	}
	fns := cell.Package[cell.ImportPath+"/native"]
	if got := fns["describe"].Interface().(func(string) string)("primes"); got != "named 4" {
		t.Errorf("describe = %q", got)
	}
	defer func() {
		pe, ok := recover().(*PanicError)
		if !ok || pe.Line != "16" {
			t.Errorf("the panic's line after release: %#v", pe)
		}
	}()
	fns["fail"].Interface().(func(int) int)(3)
}

// gonum, the example of a module: its stat and mat packages in a
// compiled cell and for the interpreter. The first build downloads gonum
// and compiles it for plugins (7.6 s, and 5.4 s for the interpreter's
// import, the first time on our 2-core machine); -short skips it.
func TestGonum(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gonum")
	}
	c := New(gil.New(), Options{CacheDir: t.TempDir()})
	defer c.Close()
	const code = `
import (
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

func Mean(x []float64) float64 { return stat.Mean(x, nil) }

func Det(a, b, c, d float64) float64 { return mat.Det(mat.NewDense(2, 2, []float64{a, b, c, d})) }
`
	for _, want := range []bool{false, true} {
		start := time.Now()
		cell, err := c.Compile(context.Background(), code, false)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("compiled cell with gonum (cached %v): %v", cell.Cached, time.Since(start))
		if cell.Cached != want {
			t.Errorf("cached = %v, want %v", cell.Cached, want)
		}
		fns := cell.Package[cell.ImportPath+"/native"]
		if got := fns["Mean"].Interface().(func([]float64) float64)([]float64{1, 2, 3, 6}); got != 3 {
			t.Errorf("Mean = %v", got)
		}
		if got := fns["Det"].Interface().(func(a, b, c, d float64) float64)(1, 2, 3, 4); got < -2.0000001 || got > -1.9999999 {
			t.Errorf("Det = %v", got)
		}
	}
	start := time.Now()
	pkgs, _, err := c.Import(context.Background(), "gonum.org/v1/gonum/stat", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gonum/stat for the interpreter: %v", time.Since(start))
	mean := pkgs["gonum.org/v1/gonum/stat/stat"]["Mean"].Interface().(func(x, weights []float64) float64)
	if got := mean([]float64{2, 4}, nil); got != 3 {
		t.Errorf("stat.Mean = %v", got)
	}
}
