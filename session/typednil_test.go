package session

import (
	"context"
	"strings"
	"testing"
)

// A nil pointer of a cell type converted to a library interface is a
// non-nil interface holding it, as in Go, in a later cell than the type's
// and wherever the conversion happens (cellsrc/typednil.go).
func TestTypedNilInLibraryInterfaces(t *testing.T) {
	s := newSession(t)
	run(t, s, `import ("errors"; "fmt"; "io")
type MyErr struct{ Code int }
func (e *MyErr) Error() string { if e == nil { return "nil MyErr" }; return fmt.Sprint("code ", e.Code) }
type Out struct{}
func (o *Out) Write(p []byte) (int, error) { if o == nil { return 0, errors.New("nil Out") }; return len(p), nil }
type Tags []string
func (t Tags) String() string { return fmt.Sprint(len(t), " tags") }`)
	rec, _ := run(t, s, `func find() error { var p *MyErr; return p }
func isNil(err error) bool { return err == nil }
var p *MyErr
var e error = p
errs := []error{p, nil}
m := map[string]error{"a": p}
ch := make(chan error, 1)
ch <- p
var w io.Writer = (*Out)(nil)
_, werr := w.Write(nil)
var tags Tags
var st fmt.Stringer = tags
fmt.Println(find() == nil, e == nil, isNil(p), errs[0] == nil, errs[1] == nil, m["a"] == nil, <-ch == nil)
fmt.Println(e == (*MyErr)(nil), e == error(p), e, werr, st == nil, st)
q, ok := e.(*MyErr)
fmt.Println(q == nil, ok)
switch x := e.(type) {
case *MyErr:
	fmt.Println("case *MyErr", x == nil)
default:
	fmt.Println("default")
}
fmt.Printf("%T %v\n", e, e)`)
	want := "false false false false true false false\ntrue true nil MyErr nil Out false 0 tags\ntrue true\ncase *MyErr true\n*main.MyErr nil MyErr\n"
	if got := rec.out(); got != want {
		t.Errorf("printed:\n%s\nwant:\n%s", got, want)
	}
}

// Where the cell's code cannot name the library interface (a parameter of
// a package the cell does not import), a nil ends the cell with an error
// saying what to import; a value that is not nil goes through.
func TestTypedNilRefusedWithoutTheImport(t *testing.T) {
	s := newSession(t)
	run(t, s, `import ("bufio"; "fmt")
type Sink struct{}
func (s *Sink) Write(p []byte) (int, error) { return len(p), nil }`)
	rec, _ := run(t, s, `w := bufio.NewWriter(&Sink{})
var ok *Sink = new(Sink)
fmt.Println(bufio.NewWriter(ok) != nil, w != nil)`)
	if got := rec.out(); got != "true true\n" {
		t.Errorf("printed %q", got)
	}
	rec = &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "var none *Sink\nbufio.NewWriter(none)"}, rec)
	if e == nil || !e.Unsupported || !strings.Contains(e.Error(), `import "io"`) || !strings.Contains(e.Error(), "io.Writer") {
		t.Fatalf("error %v (unsupported %v); want the gap naming io.Writer and its import", e, e != nil && e.Unsupported)
	}
}

// == of interfaces holding a cell type's value, which the interpreter
// holds as one of its underlying type: answered where the code says both
// dynamic types or the values differ, refused as a gap where two equal
// values may be of different types (cellsrc/ifaceequal.go).
func TestIfaceEqualOfACellTypeAndItsUnderlyingType(t *testing.T) {
	s := newSession(t)
	run(t, s, `import "fmt"
type Celsius float64
type Temp interface{}
type Label struct{ s string }
func (l *Label) String() string { return l.s }`)
	rec, _ := run(t, s, `fmt.Println(Temp(Celsius(20)) == Temp(20.0), Temp(Celsius(20)) == Temp(Celsius(20)), any(Celsius(1)) == any(1.0))
var t1, t2 Temp = Celsius(20), 21.0
var c Celsius = 20
fmt.Println(t1 == t2, Temp(c) == Temp(Celsius(20)), t1 != any(Celsius(3)))
var l1, l2 *Label
var s1, s2 fmt.Stringer = l1, l2
x := &Label{"x"}
var s3 fmt.Stringer = x
fmt.Println(s1 == s2, s1 == s3, s3 == fmt.Stringer(x))`)
	if got, want := rec.out(), "false true false\nfalse true true\ntrue false true\n"; got != want {
		t.Errorf("printed:\n%s\nwant:\n%s", got, want)
	}
	rec = &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "var a, b Temp = Celsius(20), 20.0\nfmt.Println(a == b)"}, rec)
	if e == nil || !e.Unsupported || !strings.Contains(e.Error(), "main.Celsius") || rec.out() != "" {
		t.Fatalf("printed %q, error %v; want the gap naming main.Celsius", rec.out(), e)
	}
}

// A nil of an instance of a generic cell type, or of a cell func type
// with methods, in a library interface is not nil either; nor is one
// handed on inside a value of several results (return f(), a, b = f(),
// g(f()), the comma-ok forms), each result converted on its own, while a
// select's receive stays as written.
func TestTypedNilOfGenericFuncAndSeveralResults(t *testing.T) {
	s := newSession(t)
	run(t, s, `import ("errors"; "fmt")
type Tree[K any] struct{ key K }
func (t *Tree[K]) String() string { if t == nil { return "empty tree" }; return fmt.Sprint(t.key) }
type Check func() bool
func (c Check) Error() string { if c == nil { return "no check" }; return "check" }
type Miss struct{}
func (m *Miss) Error() string { return "miss" }
func get() (*Miss, *Miss, int) { return nil, &Miss{}, 7 }`)
	rec, _ := run(t, s, `var tr *Tree[string]
var st fmt.Stringer = tr
var c Check
var e error = c
func pass() (error, error, int) { return get() }
a, b, n := pass()
var x, y error
x, y, _ = get()
both := func(p, q error, _ int) bool { return p == nil || q == nil }
m := map[int]*Miss{}
var ok bool
x, ok = m[1]
fmt.Println(st == nil, st, e == nil, e, a == nil, b == nil, n, x == nil, y == nil, both(get()), errors.Join(x, y) == nil, ok)
ch := make(chan *Miss, 1)
ch <- nil
select {
case got, ok := <-ch:
	fmt.Println(got == nil, ok)
}`)
	want := "false empty tree false no check false false 7 false false false false false\ntrue true\n"
	if got := rec.out(); got != want {
		t.Errorf("printed:\n%s\nwant:\n%s", got, want)
	}
}
