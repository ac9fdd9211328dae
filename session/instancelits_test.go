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
// the instance: each literal is built by a generic function the cell
// declares (cellsrc/instancelits.go), the & of one included.
func TestLiteralsOfAnInstanceOfTypeParameters(t *testing.T) {
	out, e := runCell(t, `type Pair[A, B any] struct {
	First  A
	Second B
}
func Two[A, B any](a A, b B) (Pair[A, B], *Pair[A, B]) {
	return Pair[A, B]{a, b}, &Pair[A, B]{Second: b}
}
func local() {
	type point struct{ x, y int }
	p := Pair[point, int]{point{1, 2}, 3}
	q := &Pair[point, string]{First: p.First}
	fmt.Printf("%v %+v\n", p, *q)
}
x, y := Two("x", 1)
fmt.Println(x, *y)
local()
`)
	want := "{x 1} { 1}\n{{1 2} 3} {First:{x:1 y:2} Second:}\n"
	if e != nil || out != want {
		t.Errorf("printed %q, error %v; want %q", out, e, want)
	}
}

// A literal of a generic map type cannot be built so: refused.
func TestLiteralsOfAnInstanceOfTypeParametersRefused(t *testing.T) {
	out, e := runCell(t, `type Index[K comparable, V any] map[K]V
func Two[K comparable, V any](k K, v V) (Index[K, V], Index[K, V]) {
	return Index[K, V]{k: v}, Index[K, V]{}
}
fmt.Println("ran")
`)
	if e == nil || out != "" || !strings.Contains(e.Value, "two composite literals of Index") {
		t.Errorf("printed %q, error %v; want the refusal before the cell runs", out, e)
	}
}
