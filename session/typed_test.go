package session

import (
	"context"
	"strings"
	"testing"
)

// TestTypedLowering runs, through the interpreter, the builtins and
// generic library calls the typed lowering rewrites, each a sequence of
// cells in one session: types come from earlier cells too.
func TestTypedLowering(t *testing.T) {
	tests := []struct {
		name  string
		cells []string
		out   string // what the last cell prints
	}{
		{"min max", []string{"a, b := 3, 7", "func a2() float64 { return 1.5 }\nfmt.Println(min(a, b), max(a, b, 10), min(2.5, a2()))"}, "3 10 1.5\n"},
		{"constant min", []string{"const c = min(3, 1.5)\nx := max(1, 2)\nfmt.Printf(\"%v %T %v %T\\n\", c, c, x, x)"}, "1.5 float64 2 int\n"},
		{"min of floats", []string{"z := 0.0\nfmt.Println(min(z, -z), max(-z, z), min(math.NaN(), 1))"}, "-0 0 NaN\n"},
		{"min of a named type", []string{"type C float64", "var c1, c2 C = 2, 1", "m := min(c1, c2, 5)\nback := C(0) + m\nfmt.Println(m+1, back)"}, "2 1\n"},
		{"clear", []string{"m := map[string]int{\"a\": 1}\ns := []int{1, 2}", "clear(m)\nclear(s)\nfmt.Println(len(m), s)"}, "0 [0 0]\n"},
		{"new value", []string{"p := new(42)\n*p++\nq := new(\"s\")\nfmt.Println(*p, *q)"}, "43 s\n"},
		{"new of an earlier var", []string{"v := 2.5", "p := new(v)\n*p *= 2\nfmt.Println(*p, v)"}, "5 2.5\n"},
		{"new of a type", []string{"type P struct{ X int }", "p := new(P)\np.X = 3\nfmt.Println(*p)"}, "{3}\n"},
		{"slices", []string{"import \"slices\"", "xs := []int{3, 1, 2}", "slices.Sort(xs)\nfmt.Println(xs, slices.Contains(xs, 2), slices.Index(xs, 3), slices.Max(xs)+1)"}, "[1 2 3] true 2 4\n"},
		{"slices of cell structs", []string{"import \"slices\"\ntype Person struct {\n\tName string\n\tAge  int\n}",
			"people := []Person{{\"Al\", 30}, {\"Bo\", 25}, {\"Cy\", 30}}",
			"slices.SortFunc(people, func(a, b Person) int { return a.Age - b.Age })\nold := slices.IndexFunc(people, func(p Person) bool { return p.Age > 26 })\nc := slices.Clone(people)\nc[0].Name = \"X\"\nfmt.Println(people, old, c[0].Name, people[0].Name)"},
			"[{Bo 25} {Al 30} {Cy 30}] 1 X Bo\n"},
		{"maps", []string{"import (\n\t\"maps\"\n\t\"slices\"\n)", "m := map[string]int{\"b\": 2, \"a\": 1}", "keys := slices.Sorted(maps.Keys(m))\nvs := slices.Collect(maps.Values(m))\nslices.Sort(vs)\nfmt.Println(keys, vs, maps.Equal(m, maps.Clone(m)))"}, "[a b] [1 2] true\n"},
		{"cmp", []string{"import \"cmp\"", "fmt.Println(cmp.Compare(1, 2), cmp.Or(\"\", \"x\"), cmp.Less(2.5, 1), cmp.Or[int]()+1)"}, "-1 x false 1\n"},
		{"a cell generic whose type argument only a function's result gives", []string{"func Map[T, U any](xs []T, f func(T) U) []U {\n\tvar out []U\n\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn out\n}",
			"type C float64",
			"fmt.Println(Map([]int{1, 2}, func(i int) C { return C(i) / 2 }), Map[int]([]int{3}, strconv.Itoa))\nfunc() { fmt.Println(Map([]string{\"a\"}, strings.ToUpper)) }()"},
			"[0.5 1] [3]\n[A]\n"},
		{"iter.Seq of an earlier cell", []string{"import (\n\t\"iter\"\n\t\"slices\"\n)",
			"func Count(n int) iter.Seq[int] {\n\treturn func(yield func(int) bool) {\n\t\tfor i := range n {\n\t\t\tif !yield(i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}",
			"var s iter.Seq[int] = Count(2)\nfor v := range s {\n\tfmt.Print(v)\n}\nfmt.Println(slices.Collect(Count(3)))"},
			"01[0 1 2]\n"},
		{"a top-level := and var of a cell generic's call, in the same cell and later ones", []string{
			"type P[K comparable, V any] struct {\n\tKey K\n\tVal V\n}\nfunc Pair[K comparable, V any](k K, v V) P[K, V] { return P[K, V]{k, v} }\nfunc Twice[T any](x T) (T, T) { return x, x }\nfunc Keep[T any](xs []T, f func(T) bool) (out []T) {\n\tfor _, x := range xs {\n\t\tif f(x) {\n\t\t\tout = append(out, x)\n\t\t}\n\t}\n\treturn\n}\nevens := Keep([]int{1, 2, 3, 4}, func(n int) bool { return n%2 == 0 })\nvar odd = Keep([]int{1, 2, 3}, func(n int) bool { return n%2 == 1 })\nfmt.Println(evens, odd)",
			"p := Pair(\"x\", 1)\na, b := Twice(2.5)",
			"fmt.Print(p, a+b, \" \")\na, c := Twice(1.0)\nfmt.Printf(\"%v %v %+v %T\\n\", a+c, b, p, p)"},
			"{x 1} 5 2 2.5 {Key:x Val:1} main.P[string,int]\n"},
		{"range over an earlier cell's int", []string{"n := 3", "for i := range n {\n\tfmt.Print(i)\n}\nfmt.Println()"}, "012\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			var rec *recorder
			for _, c := range tt.cells {
				rec = &recorder{}
				if _, e := s.Execute(context.Background(), Cell{Code: c}, rec); e != nil {
					t.Fatalf("cell %q: %v\n%s", c, e, strings.Join(e.Traceback, "\n"))
				}
			}
			if got := rec.out(); got != tt.out {
				t.Errorf("printed %q, want %q", got, tt.out)
			}
		})
	}
}

// TestTypedLoweringRefuses: what gogil cannot run ends in an error that
// names it.
func TestTypedLoweringRefuses(t *testing.T) {
	tests := []struct{ code, want string }{
		{"seq := func(yield func(int) bool) {}\nfor k := range seq {\n\tdefer recover()\n\t_ = k\n}", "a deferred call that recovers, in the body of a range over a function, is not supported"},
		{"import \"cmp\"\nxs := []int{1}\nfmt.Println(cmp.Or(xs...))", "cmp.Or with a spread argument"},
		// A local alias is written as its type where used (localalias.go):
		// where a name of that type is hidden there, never another type.
		{"type P struct{ A int }\nfunc f() {\n\ttype A = P\n\tP := 3\n\tvar a A = A{P}\n\tfmt.Println(a)\n}\nf()", "the type alias A, declared in a function body"},
	}
	for _, tt := range tests {
		s := newSession(t)
		_, e := s.Execute(context.Background(), Cell{Code: tt.code}, &recorder{})
		if e == nil || !strings.Contains(e.Value, tt.want) {
			t.Errorf("%q: got %v, want an error with %q", tt.code, e, tt.want)
		}
	}
}

// %T of a cell value held in an interface names its cell type when only
// one cell type has its shape, and ends the cell in a gap naming them when
// several do: yaegi gives those one reflect type.
func TestTypeNameOfInterfaceHeldValues(t *testing.T) {
	s := newSession(t)
	run(t, s, "type Celsius struct{ Degrees float64 }\ntype Pair struct{ A, B int }\ntype Couple struct{ A, B int }")
	rec, _ := run(t, s, "var v any = Celsius{21}\nfmt.Printf(\"%T\\n\", v)")
	if got, want := rec.out(), "main.Celsius\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	code := "var w any = Pair{1, 2}\nfmt.Printf(\"%T\\n\", w)"
	rec = &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
	checkCellError(t, code, e, "one of main.Couple, main.Pair, which the interpreter gives one type", true)
	if rec.out() != "" {
		t.Errorf("printed %q, want nothing", rec.out())
	}
}

// %T of an iterator names its iter type, as Go does, though the
// interpreter gives it its underlying func type; no cell declares a type.
func TestTypeNameOfIterators(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"iter\"\nfunc Count(n int) iter.Seq[int] {\n\treturn func(yield func(int) bool) {\n\t\tfor i := range n {\n\t\t\tif !yield(i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}")
	rec, _ := run(t, s, "c := Count(2)\nfmt.Printf(\"%T\\n\", c)\nfor v := range c {\n\tfmt.Println(v)\n}")
	if got, want := rec.out(), "iter.Seq[int]\n0\n1\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// slices.Chunk yields subslices capped at their ends, as Go's do, and
// refuses a size below one with Go's panic.
func TestSlicesChunk(t *testing.T) {
	s := newSession(t)
	rec, _ := run(t, s, `import "slices"
xs := []int{1, 2, 3, 4, 5}
for c := range slices.Chunk(xs, 2) {
	fmt.Println(c, len(c), cap(c))
}
var parts [][]int
for c := range slices.Chunk(xs, 3) {
	parts = append(parts, c)
	if len(parts) == 1 {
		continue
	}
	break
}
fmt.Println(parts)`)
	if want := "[1 2] 2 2\n[3 4] 2 2\n[5] 1 1\n[[1 2 3] [4 5]]\n"; rec.out() != want {
		t.Errorf("got %q, want %q", rec.out(), want)
	}
	_, e := s.Execute(context.Background(), Cell{Code: "for c := range slices.Chunk(xs, 0) { fmt.Println(c) }"}, &recorder{})
	if e == nil || !strings.Contains(e.Error(), "cannot be less than 1") {
		t.Errorf("a size of 0: %v", e)
	}
}

// iter.Pull and iter.Pull2 hand out next and stop as Go's do: values one
// at a time, zero values and false once done or stopped, the iterator's
// own return on stop, and its panic in the caller of next.
func TestIterPull(t *testing.T) {
	s := newSession(t)
	rec, _ := run(t, s, `import ("iter"; "maps"; "slices")
next, stop := iter.Pull(slices.Values([]int{1, 2, 3}))
fmt.Println(next())
fmt.Println(next())
stop()
fmt.Println(next())
next2, stop2 := iter.Pull2(maps.All(map[string]int{"a": 1}))
defer stop2()
k, v, ok := next2()
fmt.Println(k, v, ok)
k, v, ok = next2()
fmt.Println(k, v, ok)
func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}
nx, st := iter.Pull(count(5))
a, _ := nx()
b, _ := nx()
fmt.Println(a, b)
st()
st()`)
	if want := "1 true\n2 true\n0 false\na 1 true\n 0 false\n0 1\nstopped at 1\n"; rec.out() != want {
		t.Errorf("got %q, want %q", rec.out(), want)
	}
	_, e := s.Execute(context.Background(), Cell{Code: "func bad(yield func(int) bool) { yield(1); panic(\"boom\") }\nnb, sb := iter.Pull(bad)\ndefer sb()\nnb()\nnb()"}, &recorder{})
	if e == nil || !strings.Contains(e.Error(), "boom") {
		t.Errorf("a panic in the iterator: %v", e)
	}
	if _, res := run(t, s, "1 + 1"); plain(res) != "2" {
		t.Error("the session after a panic in a pulled iterator")
	}
}
