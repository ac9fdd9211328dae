package session

import (
	"context"
	"strings"
	"testing"
)

// Compile errors name what the user wrote, and why where the session
// knows, not a consequence inside the interpreter.
func TestCompileErrorsNameTheCause(t *testing.T) {
	tests := []struct {
		setup, code string
		value       string // the error's Value
	}{
		{"", "pool := multiprocessing.Pool(2)", "1:9: undefined: multiprocessing (not a package gogil knows, and no cell defined it)"},
		{"", "fmt.Println(multiprocessing.Pool(2))", "1:13: undefined: multiprocessing (not a package gogil knows, and no cell defined it)"},
		{"", "data := json.Marshal(3)", `1:9: undefined: json (not imported: add import "encoding/json")`},
		{"", "x := 1\ny := undefinedThing + x", "2:6: undefined: undefinedThing (no cell defined it)"},
		{"", "q := Foo{}", "1:6: undefined: Foo (no cell defined it)"},
		{"", "var t Foo", "1:7: undefined: Foo (no cell defined it)"},
		{"func f(a int) int { return a }", "f(1, 2)", "1:6: too many arguments in call to f (2 given)"},
		{"", "fmt.Printn(\"x\")", `1:1: undefined: fmt.Printn (package "fmt" has no exported Printn)`},
		{"", "w := strings.NoSuch(\"a\")", "1:6: undefined: strings.NoSuch"},
		// The interpreter knows slices from its own tables and said
		// "undefined selector: slices.Sort".
		{"", "x := []int{3, 1}\nslices.Sort(x)", `2:1: undefined: slices (not imported: add import "slices")`},
		{"seq := func(yield func(int) bool) { yield(1) }", "for x := range seq {\n\tdefer func() { fmt.Println(x, recover()) }()\n}", "a deferred call that recovers, in the body of a range over a function"},
		{"", "for i := 0; func() bool { f := func() int { return i }; _ = f; return i < 2 }(); i++ {\n}", "a function literal in a for loop's condition or post statement that uses the loop's variable i"},
		// yaegi ran the cell up to the shift and ended it there, silently.
		{"var s uint = 3", "fmt.Println(\"before\")\nu := 1.0 << s\nfmt.Println(u)", "2:6: invalid operation: shifted operand 1.0 (type float64) must be integer"},
		// yaegi crashes compiling these; the error names what it crashed on
		// (cellsrc/genericcrash.go), also when a later part instantiates the
		// generic code.
		{"", "type e[K comparable, V any] struct{ v V }\nfunc get[K comparable, V any](x any) V { switch t := x.(type) { case *e[K, V]: return t.v }; var z V; return z }\nfmt.Println(get[string, int](&e[string, int]{1}))",
			"a pointer to an instance of a generic type of several type parameters (*e[K, V]) in the body of get"},
		{"", "type e[K comparable, V any] struct{ v V }\nvar x any = &e[string, int]{1}\np := x.(*e[string, int])",
			"a pointer to an instance of a generic type of several type parameters (*e[string, int]) in the cell's statements"},
		// Go refuses these (an instantiation cycle); yaegi made instance
		// after instance until the kernel ran out of memory.
		{"", "type Ix[T any] struct{ V T }\ntype Seq[T any] struct{ items []T }\nfunc (s Seq[T]) Enumerate() Seq[Ix[T]] { return Seq[Ix[T]]{} }\nfmt.Println(len(Seq[int]{}.Enumerate().items))",
			"3:33: instantiation cycle: T instantiated as Ix[T]"},
		{"type U[T any] struct{ items []T }", "func (u U[T]) Wrap() U[[]T] { return U[[]T]{} }",
			"1:22: instantiation cycle: T instantiated as []T in U[[]T]"},
		{"", "func F[T any](n int, x T) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn 1 + F(n-1, []T{x})\n}\nfmt.Println(F(3, 1))",
			"5:13: instantiation cycle: T instantiated as []T"},
		// yaegi's error was "undefined type for T", naming neither method.
		{"", "type Seq[T any] struct{ items []T }\nfunc (s Seq[T]) Rev() Seq[T] { return s }\nfunc (s Seq[T]) Strings() []Seq[string] { return nil }",
			"3:29: method Strings of the generic type Seq returns Seq[string] while method Rev returns Seq[T], which is not supported by gogil"},
		{"", "type Seq[T any] struct{ items []T }\nfunc (s Seq[T]) Strings() Seq[string] { return Seq[string]{} }\nfunc (s Seq[T]) Rev() (Seq[T], bool) { return s, true }",
			"2:27: method Strings of the generic type Seq returns Seq[string] while method Rev returns Seq[T]"},
		// The cell that declares NewSet gives generic code a twin of it
		// to call (cellsrc/witnesscalls.go); a later cell's method has none.
		{"type Set[T comparable] struct{ m map[T]bool }\nfunc NewSet[T comparable](xs ...T) Set[T] { return Set[T]{m: map[T]bool{}} }", "func (s Set[T]) Copy() Set[T] { return NewSet[T]() }\nfunc use() { fmt.Println(len(NewSet[int](1).Copy().m)) }\nuse()",
			"call of the generic function NewSet"},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			s := newSession(t)
			if tt.setup != "" {
				run(t, s, tt.setup)
			}
			rec := &recorder{}
			_, e := s.Execute(context.Background(), Cell{Code: tt.code}, rec)
			if e == nil {
				t.Fatalf("no error; printed %q", rec.out())
			}
			if !strings.HasPrefix(e.Value, tt.value) && !strings.Contains(e.Value, tt.value) {
				t.Errorf("error %q, want %q", e.Value, tt.value)
			}
			rec, _ = run(t, s, `fmt.Println("alive")`)
			if rec.out() != "alive\n" {
				t.Errorf("next cell printed %q", rec.out())
			}
		})
	}
}
