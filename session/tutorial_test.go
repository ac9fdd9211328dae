package session

import (
	"context"
	"strings"
	"testing"
)

// Cells of the kind beginner tutorials publish, each reduced to the
// construct that once ran wrongly; the output is what go run prints.
func TestTutorialConstructs(t *testing.T) {
	tests := []struct {
		name, code, out string
	}{
		// yaegi stored named results in the := variables of the caller,
		// never zeroed: the second iteration's sum started from the first's.
		{"named results in a loop", "func sum(xs []int) (total, n int) {\n\tfor _, x := range xs {\n\t\ttotal += x\n\t\tn++\n\t}\n\treturn\n}\nfor i := 0; i < 3; i++ {\n\ts, n := sum([]int{1, 2})\n\tfmt.Println(s, n)\n}",
			"3 2\n3 2\n3 2\n"},
		{"named results of a literal in a loop", "f := func() (acc string, _ bool) { acc += \"x\"; return }\nfor range 2 {\n\ta, _ := f()\n\tfmt.Print(a, \" \")\n}\nfmt.Println()",
			"x x \n"},
		// yaegi reused the global an earlier loop's i became for a later
		// loop's i, in another part too: every closure saw the last one.
		{"loop variable of an earlier loop", "for i := 0; i < 2; i++ {\n\t_ = i\n}\nvar fs []func()\nfor i := 0; i < 3; i++ {\n\tfs = append(fs, func() { fmt.Print(i) })\n}\nfor _, f := range fs {\n\tf()\n}\nfmt.Println()",
			"012\n"},
		{"block variable of an earlier loop", "for k := 0; k < 2; k++ {\n\tv := k\n\t_ = v\n}\nfs := []func(){}\nfor k := 0; k < 3; k++ {\n\tv := k * 10\n\tfs = append(fs, func() { fmt.Print(v, \" \") })\n}\nfor _, f := range fs {\n\tf()\n}\nfmt.Println()",
			"0 10 20 \n"},
		// yaegi typed a global made from an untyped rune constant int.
		{"rune constant at the top level", "c := 'A'\nd, e := 'a'+1, 1<<2\nvar g = -'b'\nfmt.Printf(\"%T %T %T %T %c\\n\", c, d, e, g, c+1)",
			"int32 int32 int int32 B\n"},
		// yaegi panicked on a range without a value over a pointer to an
		// array in a function.
		{"range over a pointer to an array", "func fill(a *[3]int) {\n\tfor i := range a {\n\t\ta[i] = i * i\n\t}\n\tfor range a {\n\t\ta[0]++\n\t}\n}\nvar arr [3]int\nfill(&arr)\nfmt.Println(arr)",
			"[3 1 4]\n"},
		// recover() gave reflect's words for a nil pointer dereference.
		{"recovered nil dereference", "type node struct{ v int }\nfunc get(n *node) (v int, err error) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\t_, isErr := r.(error)\n\t\t\terr = fmt.Errorf(\"%v (%v)\", r, isErr)\n\t\t}\n\t}()\n\treturn n.v, nil\n}\nfmt.Println(get(nil))\nfmt.Println(get(&node{4}))",
			"0 runtime error: invalid memory address or nil pointer dereference (true)\n4 <nil>\n"},
		// A struct value of a cell error type whose value yaegi did not
		// keep whole: errors.Is against another error needs none of it.
		{"errors.Is past a struct value error", "import (\n\t\"errors\"\n\t\"fmt\"\n\t\"io/fs\"\n)\ntype notFound struct{ key string; code int }\nfunc (e notFound) Error() string { return e.key + \" not found\" }\nvar errGone = errors.New(\"gone\")\nfunc find(k string) error { return notFound{k, 404} }\nerr := find(\"a\")\nvar pe *fs.PathError\nfmt.Println(err, errors.Is(err, errGone), errors.Is(err, fs.ErrNotExist), errors.As(err, &pe))",
			"a not found false false false\n"},
		// Go makes []byte("...") of a constant exactly as long as cap.
		{"capacity of a converted constant string", "b := []byte(\"hel\")\nr := []rune(\"h\" + \"éllo\")\nb = append(b, \"lo!\"...)\nfmt.Println(cap([]byte(\"ab\")), cap(r), len(b), cap(b))",
			"2 5 6 8\n"},
		// yaegi panicked compiling a generic function's type argument that
		// is an instance of a generic type of two type parameters.
		{"generic function of a two-parameter generic type's instance", "type Pair[K comparable, V any] struct {\n\tKey K\n\tVal V\n}\nfunc Map[T, U any](xs []T, f func(T) U) []U {\n\tvar out []U\n\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn out\n}\nps := []Pair[string, int]{{\"a\", 1}, {\"b\", 2}}\nfmt.Println(Map(ps, func(p Pair[string, int]) string { return p.Key }), Map[Pair[string, int], int](ps, func(p Pair[string, int]) int { return p.Val }))",
			"[a b] [1 2]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			rec, _ := run(t, s, tt.code)
			if got := rec.out(); got != tt.out {
				t.Errorf("printed %q, want %q", got, tt.out)
			}
		})
	}
}

// A package used without its import is named, not the interpreter's panic.
func TestTutorialMissingImport(t *testing.T) {
	s := newSession(t)
	_, e := s.Execute(context.Background(), Cell{Code: "var pe *fs.PathError\nfmt.Println(pe)"}, &recorder{})
	if e == nil || !strings.Contains(e.Value, `undefined: fs (not imported: add import "io/fs")`) {
		t.Errorf("got %v, want the missing import named", e)
	}
}

// A reflect.Type of a cell type is refused where the interpreter's would
// answer wrongly, and allowed for its kind and exported plain fields.
func TestTutorialReflectCellTypes(t *testing.T) {
	decls := "import \"reflect\"\ntype inner struct{ A int }\ntype outer struct {\n\tinner\n\tName string `json:\"name\"`\n\tsecret int\n}\ntype plain struct {\n\tX int `k:\"x\"`\n\tY string\n}\n"
	refused := []string{
		"fmt.Println(reflect.TypeOf(outer{}).Field(0).Anonymous)",
		"t := reflect.TypeOf(plain{})\nfmt.Println(t)",
		"fmt.Println(reflect.TypeOf(&plain{}).Elem().Name())",
		"fmt.Println(reflect.ValueOf(plain{}).Type().NumMethod())",
	}
	for _, code := range refused {
		s := newSession(t)
		run(t, s, decls)
		_, e := s.Execute(context.Background(), Cell{Code: code}, &recorder{})
		if e == nil || !strings.Contains(e.Value, "a type declared in a cell") {
			t.Errorf("%q: got %v, want it refused", code, e)
		}
	}
	s := newSession(t)
	run(t, s, decls)
	rec, _ := run(t, s, "t := reflect.TypeOf(plain{})\nfor i := 0; i < t.NumField(); i++ {\n\tfmt.Print(t.Field(i).Name, t.Field(i).Tag.Get(\"k\"), \" \")\n}\nfmt.Println(t.Kind(), reflect.TypeOf(outer{}).NumField())")
	if got, want := rec.out(), "Xx Y struct 3\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}
