package session

import (
	"context"
	"strings"
	"testing"

	"github.com/gogil/gogil/cellio"
)

func runCell(t *testing.T, code string) (string, *cellio.Error) {
	t.Helper()
	s := newSession(t)
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
	return rec.out(), e
}

// A method value with a pointer receiver binds the pointer it was taken
// from, not the variable: yaegi's bound the last counter of the range.
func TestPointerMethodValueBindsThePointer(t *testing.T) {
	out, e := runCell(t, `type C struct{ n int }
func (c *C) Inc() { c.n++ }
cs := []*C{{}, {}, {}}
var fs []func()
for _, c := range cs {
	fs = append(fs, c.Inc)
}
fs[0]()
c := cs[1]
f := c.Inc
c = cs[2]
f()
fmt.Println(cs[0].n, cs[1].n, cs[2].n)
`)
	if e != nil || out != "1 1 0\n" {
		t.Errorf("printed %q, error %v; want 1 1 0", out, e)
	}
}

// == of interfaces holding cell values compares the values, as Go does:
// yaegi compared its boxes and said false.
func TestInterfaceEqualityOfCellValues(t *testing.T) {
	out, e := runCell(t, `type P struct{ x int }
func (p P) Eq() bool { return true }
type S interface{ Eq() bool }
var a, b any = P{1}, P{1}
var c, d S = P{1}, P{2}
p := &P{3}
var e, f S = p, p
var g S
fmt.Println(a == b, a != any(P{1}), c == d, c == S(P{1}), c == P{1}, e == f, e == S(&P{3}), g == nil, c != nil)
var x, y any = 1, "1"
fmt.Println(x == y, x == any(1))
`)
	if want := "true false false true true true false true true\nfalse true\n"; e != nil || out != want {
		t.Errorf("printed %q, error %v; want %q", out, e, want)
	}
}

// A generic function whose comparable type parameter is bound to a cell
// interface is refused before the cell runs, naming the call.
func TestGenericInstanceOfCellInterfaceRefused(t *testing.T) {
	out, e := runCell(t, `type S interface{ Eq() bool }
type P struct{ x int }
func (p P) Eq() bool { return true }
func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}
func main() {
	fmt.Println("before")
	ss := []S{P{1}}
	fmt.Println(Index(ss, S(P{1})), slices.Contains(ss, S(P{1})))
}
`)
	if e == nil || !strings.Contains(e.Value, "Index with T = S") {
		t.Errorf("printed %q, error %v", out, e)
	}
	out, e = runCell(t, `type S interface{ Eq() bool }
type P struct{ x int }
func (p P) Eq() bool { return true }
fmt.Println("before")
ss := []S{P{1}}
fmt.Println(slices.Contains(ss, S(P{1})))
`)
	if e == nil || e.Kind != cellio.CompileError || out != "" {
		t.Errorf("printed %q, error %v", out, e)
	}
}

// A *log.Logger's Fatal ends the cell as os.Exit does: the message is
// logged, deferred calls do not run, the error names the call.
func TestLoggerFatalExits(t *testing.T) {
	out, e := runCell(t, `import ("log"; "os"; "fmt")
defer fmt.Println("deferred")
func() {
	defer fmt.Println("inner deferred")
	logger := log.New(os.Stdout, "fatal: ", 0)
	logger.Fatalf("x %d", 3)
}()
`)
	if out != "fatal: x 3\n" || e == nil || e.Kind != cellio.Exit || !strings.Contains(e.Value, `(*log.Logger).Fatalf("x 3")`) {
		t.Errorf("printed %q, error %v", out, e)
	}
}

// A method value with a pointer receiver taken on an element of a slice
// binds that element's address when it is made: yaegi's bound the element
// the index named when it was called.
func TestPointerMethodValueOfAnElementBindsItsAddress(t *testing.T) {
	out, e := runCell(t, `type Acc struct{ total int }
func (a *Acc) Add(n int) { a.total += n }
func main() {
	accs := []Acc{{1}, {2}, {3}}
	var adds []func(int)
	for i := range accs {
		adds = append(adds, accs[i].Add)
	}
	for _, f := range adds {
		f(10)
	}
	fmt.Println(accs)
}
`)
	if e != nil || out != "[{11} {12} {13}]\n" {
		t.Errorf("printed %q, error %v; want [{11} {12} {13}]", out, e)
	}
}
