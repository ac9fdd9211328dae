package session

import (
	"strings"
	"testing"
)

// A nil value of a cell type converted to a library interface with methods
// is Go's non-nil interface holding the typed nil; yaegi made it the
// interface's nil, silently (err != nil printed false). The conversion
// ends the cell with a gap naming both types when the value is nil.
func TestNilCellValueIntoLibraryInterfaceIsAGap(t *testing.T) {
	decls := `type MyErr struct{ Code int }
func (e *MyErr) Error() string { return "code" }
type List []int
func (l List) String() string { return "list" }
func (l List) Len() int { return len(l) }
func (l List) Less(i, j int) bool { return l[i] < l[j] }
func (l List) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func find(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{1}
	}
	return p
}
`
	for _, tc := range []struct{ name, code, printed, gap string }{
		{"return", `err := find(true)
fmt.Println(err != nil, err)
err = find(false)
fmt.Println("unreached", err != nil)`, "true code\n", "a nil *MyErr converted to error"},
		{"var", `var l List
var s fmt.Stringer = l
fmt.Println(s == nil)`, "", "a nil List converted to fmt.Stringer"},
		{"library argument", `var l List
sort.Sort(l)`, "", "a nil List converted to sort.Interface"},
		{"element", `var p *MyErr
errs := []error{p}
fmt.Println(errs[0] == nil)`, "", "a nil *MyErr converted to error"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, e := runCell(t, decls+tc.code)
			if e == nil || !e.Unsupported || !strings.Contains(e.Error(), tc.gap) || out != tc.printed {
				t.Errorf("printed %q, error %v; want %q, then a gap %q", out, e, tc.printed, tc.gap)
			}
		})
	}
}

// What is never nil, or never looked at, runs as it did: &v, new(T), a
// literal, the compile-time assertion var _ I = T(nil), a cell interface
// (the interpreter keeps the typed nil in its own box) and any.
func TestNonNilCellValuesIntoLibraryInterfacesRun(t *testing.T) {
	out, e := runCell(t, `import "container/heap"
type MyErr struct{ Code int }
func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }
type Shape interface{ Area() int }
func (e *MyErr) Area() int { return -1 }
type IntHeap []int
func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any          { o := *h; x := o[len(o)-1]; *h = o[:len(o)-1]; return x }
var _ error = (*MyErr)(nil)
var _ fmt.Stringer = (fmt.Stringer)(nil)
var e1 error = &MyErr{1}
var e2 error = new(MyErr)
h := &IntHeap{3, 1}
heap.Init(h)
heap.Push(h, 2)
var p *MyErr
var s Shape = p
var a any = p
fmt.Println(e1, e2, heap.Pop(h), s != nil, s.Area(), a != nil)
`)
	if want := "code 1 code 0 1 true -1 true\n"; e != nil || out != want {
		t.Errorf("printed %q, error %v; want %q", out, e, want)
	}
}
