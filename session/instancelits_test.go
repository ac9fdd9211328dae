package session

import (
	"strings"
	"testing"
)

// Two literals of one instance of a generic type of two type parameters:
// yaegi built the first as a zero value and skipped the statements between
// them, silently.
func TestLiteralsOfAnInstanceOfTwoTypeParameters(t *testing.T) {
	out, e := runCell(t, `type Pair[K comparable, V any] struct {
	Key K
	Val V
}
fmt.Println(Pair[int, int]{1, 2}, Pair[int, int]{3, 4})
a := Pair[string, int]{"a", 1}
fmt.Println("between")
b := &Pair[string, int]{Key: "b", Val: 2}
fmt.Printf("%v %+v %T\n", a, *b, a)
`)
	want := "{1 2} {3 4}\nbetween\n{a 1} {Key:b Val:2} main.Pair[string,int]\n"
	if e != nil || out != want {
		t.Errorf("printed %q, error %v; want %q", out, e, want)
	}
}

// In a generic function or with a local type no package-level alias names
// the instance: a second literal is refused before the cell runs.
func TestLiteralsOfAnInstanceOfTypeParametersRefused(t *testing.T) {
	out, e := runCell(t, `type Pair[A, B any] struct {
	First  A
	Second B
}
func Two[A, B any](a A, b B) (Pair[A, B], Pair[A, B]) {
	return Pair[A, B]{a, b}, Pair[A, B]{a, b}
}
fmt.Println("ran")
`)
	if e == nil || out != "" || !strings.Contains(e.Value, "two composite literals of Pair") {
		t.Errorf("printed %q, error %v; want the refusal before the cell runs", out, e)
	}
}
