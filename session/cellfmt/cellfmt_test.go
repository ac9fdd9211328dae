package cellfmt

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

// cellPoint has the layout yaegi gives type point struct{ x, y int }.
type cellPoint = struct{ Xx, Xy int }

func TestPrintf(t *testing.T) {
	p := cellPoint{1, 2}
	for _, c := range []struct {
		format string
		args   []any
		want   string
	}{
		{"%v %+v", []any{p, p}, "{1 2} {x:1 y:2}"},
		{"%T|%10T|", []any{p, 3}, "struct { x int; y int }|       int|"},
		{"%[2]T %[1]d", []any{1, p}, "struct { x int; y int } 1"},
		{"%*d %+v", []any{3, 1, &p}, "  1 &{x:1 y:2}"},
		{"%#v", []any{[]cellPoint{p}}, "[]struct { x int; y int }{struct { x int; y int }{x:1, y:2}}"},
		{"%+v", []any{map[string]cellPoint{"b": p, "a": {}}}, "map[a:{x:0 y:0} b:{x:1 y:2}]"},
		{"%d%%", []any{4}, "4%"},
	} {
		f, a := Printf(c.format, c.args)
		if got := fmt.Sprintf(f, a...); got != c.want {
			t.Errorf("Printf(%q) printed %q, want %q", c.format, got, c.want)
		}
	}
}

func TestArgsKeepsPlainArguments(t *testing.T) {
	a := []any{1, "s", 2.5, []int{1}, struct{ Name string }{"n"}, nil}
	if b := Args(a); &b[0] != &a[0] {
		t.Errorf("Args copied arguments that need no change")
	}
	if shapeOf(reflect.TypeFor[struct{ XMLName string }]()) != native {
		t.Errorf("an exported X-name was taken for a renamed field")
	}
}

// An error a cell wraps with %w stays an error whose chain reaches the
// interpreter's own value, which the session's errors.As walks.
func TestArgsKeepsErrorsWrappable(t *testing.T) {
	inner := errorWrapper{IValue: &cellPoint{1, 2}, WError: func() string { return "bad point" }}
	f, a := Printf("outer: %w", []any{inner})
	err := fmt.Errorf(f, a...)
	if got := err.Error(); got != "outer: bad point" {
		t.Errorf("Errorf printed %q", got)
	}
	var w errorWrapper
	if !errors.As(err, &w) || w.IValue != inner.IValue {
		t.Errorf("the chain of %v does not reach the wrapped value", err)
	}
}

// A pointer below the top level prints as its address, as fmt prints it
// for the same layout with Go's own field names.
func TestDeepPointerPrintsAddress(t *testing.T) {
	type native struct {
		P *struct{ x, y int }
		Q *struct{ x, y int }
	}
	type cell = struct {
		P *cellPoint
		Q *cellPoint
	}
	p := &cellPoint{1, 2}
	c := cell{P: p}
	n := native{P: (*struct{ x, y int })(unsafe.Pointer(p))}
	for _, verb := range []string{"%v", "%+v", "%d", "%x"} {
		if got, want := fmt.Sprintf(verb, Args([]any{c})...), fmt.Sprintf(verb, n); got != want {
			t.Errorf("%s printed %q, fmt prints %q", verb, got, want)
		}
	}
	typed := NewTyped(c, &Type{Text: "main.box", Kind: reflect.Struct, Fields: []Field{
		{Name: "P", Exported: true, Type: &Type{Text: "*main.point", Kind: reflect.Pointer}},
		{Name: "Q", Exported: true, Type: &Type{Text: "*main.point", Kind: reflect.Pointer}},
	}}, nil)
	want := fmt.Sprintf("main.box{P:(*main.point)(%#x), Q:(*main.point)(nil)}", reflect.ValueOf(p).Pointer())
	if got := fmt.Sprintf("%#v", typed); got != want {
		t.Errorf("%%#v printed %q, want %q", got, want)
	}
	m := 2.5
	meters := NewTyped(&m, &Type{Text: "*main.meters", Kind: reflect.Pointer, Elem: &Type{Text: "main.meters", Kind: reflect.Float64}}, nil)
	if got, want := fmt.Sprint(meters), fmt.Sprint(&m); got != want {
		t.Errorf("a pointer to a float printed %q, fmt prints %q", got, want)
	}
	if got, want := fmt.Sprintf("%+v", typed), fmt.Sprintf("%+v", n); got != want {
		t.Errorf("%%+v printed %q, fmt prints %q", got, want)
	}
}

// Map keys sort as fmt sorts them, whatever their kind: structs field by
// field, arrays element by element, interfaces by type and then value.
func TestSortedKeysLikeFmt(t *testing.T) {
	type point struct{ x, y int }
	maps := []any{
		map[point]int{{2, 1}: 1, {1, 2}: 2, {0, 0}: 3, {1, 0}: 4},
		map[[2]string]int{{"b", "a"}: 1, {"a", "z"}: 2, {"a", "b"}: 3},
		map[any]int{2: 1, "a": 2, 1: 3, "b": 4},
		map[float64]int{2.5: 1, -1: 2, 0: 3},
		map[bool]int{true: 1, false: 2},
	}
	for _, m := range maps {
		keys := sortedKeys(reflect.ValueOf(m))
		var got []string
		for _, k := range keys {
			got = append(got, fmt.Sprint(k))
		}
		// fmt prints a map with its keys sorted.
		want := fmt.Sprint(m)
		var b strings.Builder
		b.WriteString("map[")
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%v:%v", k, reflect.ValueOf(m).MapIndex(k))
		}
		b.WriteString("]")
		if b.String() != want {
			t.Errorf("keys in order %v, fmt prints %s", got, want)
		}
	}
}

// _lostError has the layout of the wrapper yaegi fills for error.
type _lostError struct {
	IValue any
	WError func() string
}

func (w _lostError) Error() string { return w.WError() }

// A wrapper yaegi filled with a struct's last field (getConcreteValue) must
// not have %T name that field's type; a wrapped value a cell type has the
// type of still names it.
func TestPrintfLostStruct(t *testing.T) {
	names := func(t reflect.Type) []string {
		if t.Kind() == reflect.Int {
			return []string{"Code"}
		}
		return nil
	}
	field := _lostError{IValue: "z", WError: func() string { return "key z" }}
	code := _lostError{IValue: 7, WError: func() string { return "code 7" }}
	f, a := PrintfNamed("%v|%T|%T", []any{field, field, code}, names, nil)
	if got, want := fmt.Sprintf(f, a...), "key z|"+LostType+"|main.Code"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A WrapperNamer that can tell names the type of what a wrapper holds
// before the held value's reflect type does; one that cannot leaves it to
// the Namer.
func TestPrintfWrapperNamer(t *testing.T) {
	names := func(t reflect.Type) []string {
		if t.Kind() == reflect.Int {
			return []string{"Code", "Port"}
		}
		return nil
	}
	port := _lostError{IValue: 80, WError: func() string { return "port 80" }}
	field := _lostError{IValue: "z", WError: func() string { return "key z" }}
	byMethods := func(w reflect.Value) (string, bool) {
		if w.Field(0).Elem().Kind() == reflect.Int {
			return "main.Port", true
		}
		return "", false
	}
	f, a := PrintfNamed("%T|%T|%v", []any{port, field, 3}, names, byMethods)
	if got, want := fmt.Sprintf(f, a...), "main.Port|"+LostType+"|3"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	unsure := func(reflect.Value) (string, bool) { return UnsureType("unknown: why"), true }
	f, a = PrintfNamed("%T", []any{port}, names, unsure)
	if words, ok := Unsure(fmt.Sprintf(f, a...)); !ok || words != "unknown: why" {
		t.Errorf("Unsure = %q, %v; want the namer's words", words, ok)
	}
}

func TestUnsure(t *testing.T) {
	tests := []struct {
		text, words string
		ok          bool
	}{
		{"3 " + OneOf([]string{"main.F", "main.G"}) + "\n", "one of main.F, main.G, which the interpreter gives one type", true},
		{"[%!v(gogil: a type the interpreter does not name)]", "a type the interpreter does not name", true},
		{"%!d(main.F=2) and (gogil: words) without fmt's mark", "", false},
		{"plain", "", false},
	}
	for _, tt := range tests {
		words, ok := Unsure(tt.text)
		if words != tt.words || ok != tt.ok {
			t.Errorf("Unsure(%q) = %q, %v; want %q, %v", tt.text, words, ok, tt.words, tt.ok)
		}
	}
}

// reversed is a library struct (fmt prints it by its fields) holding an
// interface, as sort.Reverse's result does.
type reversed struct{ Interface any }

// _lenWrapper has the layout of the wrapper yaegi fills for an interface
// without String or Error.
type _lenWrapper struct {
	IValue any
	WLen   func() int
}

// fmt would print a wrapper without String or Error inside a library
// value by its fields; one at the top of an argument, one of an Error
// method, or a library value holding neither is printed right.
func TestHeldWrapper(t *testing.T) {
	w := _lenWrapper{IValue: []int{1}, WLen: func() int { return 1 }}
	e := _lostError{IValue: "x", WError: func() string { return "x" }}
	tests := []struct {
		name string
		a    []any
		want bool
	}{
		{"in a library struct", []any{&reversed{w}}, true},
		{"in a []any", []any{[]any{1, w}}, true},
		{"at the top", []any{w}, false},
		{"an error's", []any{&reversed{e}, []any{e}}, false},
		{"none", []any{&reversed{3}, []int{1}, "s", nil}, false},
	}
	for _, tt := range tests {
		if got := HeldWrapper(tt.a); got != tt.want {
			t.Errorf("%s: HeldWrapper = %v, want %v", tt.name, got, tt.want)
		}
	}
}
