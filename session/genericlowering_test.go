package session

import (
	"context"
	"os"
	"strings"
	"testing"
)

// Generic code yaegi compiles wrongly or not at all as written, run
// through the cell layer's rewrites (cellsrc: unionconstraint.go,
// funcvalues.go, genericassert.go, genericdefine.go): each case prints
// what go run prints.
func TestGenericLowerings(t *testing.T) {
	const number = "type Integer interface{ ~int | ~int64 }\ntype Float interface{ ~float32 | ~float64 }\ntype Meters float64\n"
	const entry = "type entry[V any] struct{ val V }\n"
	tests := []struct{ name, code, want string }{
		{"a union of constraints, second term", number + "func Abs[T Integer | Float](x T) T {\n\tif x < 0 {\n\t\treturn -x\n\t}\n\treturn x\n}\nfmt.Print(Abs(Meters(-2.5)), Abs(-3))", "2.5 3"},
		{"a union of constraints in a type", number + "type Vec[T Integer | Float] []T\nv := Vec[Meters]{1.5}\nfmt.Print(v)", "[1.5]"},
		{"an instance as a typed var", "func First[T any](s []T) T { return s[0] }\nvar f func([]int) int = First[int]\nfmt.Print(f([]int{3}))", "3"},
		{"an inferred instance", "func First[T any](s []T) T { return s[0] }\nvar f func([]string) string = First\nfmt.Print(f([]string{\"a\"}))", "a"},
		{"an instance :=", "func First[S ~[]E, E any](s S) (E, bool) { return s[0], true }\nf := First[[]int]\nfmt.Print(f([]int{4}))", "4 true"},
		{"a variadic instance as an argument", "func Sum[T int | float64](xs ...T) (t T) {\n\tfor _, x := range xs {\n\t\tt += x\n\t}\n\treturn\n}\nfunc apply(f func(...int) int) int { return f(1, 2, 3) }\nfmt.Print(apply(Sum[int]), apply(Sum))", "6 6"},
		{"assertion to an instance as an operand", entry + "func get[V any](x any) V { return x.(*entry[V]).val }\nfmt.Print(get[int](&entry[int]{1}))", "1"},
		{"comma-ok assertion to an instance", entry + "func has[V any](x any) bool {\n\t_, ok := x.(entry[V])\n\treturn ok\n}\nfmt.Print(has[int](entry[int]{1}), has[string](entry[int]{1}))", "true false"},
		{"assertion to an instance outside generic code", entry + "var x any = entry[int]{4}\nfunc get() int { e := x.(entry[int]); return e.val }\nfmt.Print(get(), x.(entry[int]).val)", "4 4"},
		{"a variadic generic call inside a generic body", "func Sum[T int | float64](xs ...T) (t T) {\n\tfor _, x := range xs {\n\t\tt += x\n\t}\n\treturn\n}\nfunc Avg[T int | float64](xs []T) float64 { return float64(Sum(xs...)) / float64(len(xs)) }\nfunc Two[T int | float64](a, b T) T { return Sum(a, b) }\nfmt.Print(Avg([]float64{1, 2}), Avg([]int{1, 2}), Two(1, 2))", "1.5 1.5 3"},
		{"a generic call inside a generic body, a struct type argument", "type P struct{ N int }\nfunc Inner[T any](x T) T { return x }\nfunc Outer[T any](x T) T { return Inner(x) }\nfmt.Print(Outer(P{1}), Outer(2))", "{1} 2"},
		{"a top-level := of a two-parameter instance", "type L[K comparable, V any] struct{ n int; m map[K]V }\nfunc NewL[K comparable, V any](n int) *L[K, V] { return &L[K, V]{n: n, m: map[K]V{}} }\nc := NewL[string, int](2)\nfmt.Print(c.n, len(c.m))", "2 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			run(t, s, "import \"fmt\"")
			rec, _ := run(t, s, tt.code)
			if got := rec.out(); got != tt.want {
				t.Errorf("printed %q, want %q", got, tt.want)
			}
		})
	}
}

// A generic function used as a value whose instance the cell cannot
// write is refused with an error that names it, not run wrongly.
func TestGenericFuncValueRefused(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"")
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "func Show[T any](x T) { fmt.Println(x) }\nfunc run() {\n\ttype inner struct{ m int }\n\tf := Show[inner]\n\tf(inner{2})\n}\nrun()"}, rec)
	if e == nil || !strings.Contains(e.Value, "generic function Show used as a value") {
		t.Fatalf("error %v, printed %q", e, rec.out())
	}
}

// A name the lowering wrote anew (a generic call given its type
// arguments) is no evidence that the cell never defined it: a failure of
// the interpreter elsewhere in the part must not be explained as
// "undefined: Sum".
func TestLoweredNamesNotUndefined(t *testing.T) {
	src, err := os.ReadFile("testdata/gorun/corpus8_generic_constraints.go")
	if err != nil {
		t.Fatal(err)
	}
	s := newSession(t)
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: string(src)}, rec)
	if e != nil && strings.Contains(e.Value, "undefined: Sum") {
		t.Fatalf("explained as an undefined name: %v", e)
	}
}

// What the interpreter cannot instantiate (a generic function calling a
// variadic generic one with a type declared in a cell) ends in an error
// that names the generic function called, never a wrong value.
func TestGenericInstantiationFailureNamed(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"")
	// In two cells: a generic function calling one of its own cell calls
	// a twin of it (cellsrc/witnesscalls.go), which runs.
	run(t, s, "type ID int\nfunc Count[T any](xs ...T) int { return len(xs) }")
	run(t, s, "func CountAll[T any](xs []T) int { return Count(xs...) }")
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "fmt.Println(CountAll([]ID{1, 2}))"}, rec)
	if e == nil || !strings.Contains(e.Value, "call of the generic function CountAll") {
		t.Fatalf("error %v, printed %q", e, rec.out())
	}
	rec, _ = run(t, s, "fmt.Print(CountAll([]int{1, 2}))")
	if got := rec.out(); got != "2" {
		t.Fatalf("the next cell printed %q", got)
	}
}
