package interpreters

import (
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

type node struct {
	Name string
	Next *node
	Tags map[string][]int
	Any  any
}

// A type of another interpreter with the same shape: what a cell type is
// in a sub-interpreter.
type otherNode struct {
	Name string
	Next *otherNode
	Tags map[string][]int
	Any  any
}

func TestCopyIsDeepAndKeepsShape(t *testing.T) {
	shared := []int{1, 2}
	a := &node{Name: "a", Tags: map[string][]int{"x": shared}, Any: []string{"s"}}
	a.Next = &node{Name: "b", Next: a} // a cycle
	v, err := copyInto(reflect.TypeFor[*otherNode](), reflect.ValueOf(a), "argument 1")
	if err != nil {
		t.Fatal(err)
	}
	b := v.Interface().(*otherNode)
	if b.Name != "a" || b.Next.Name != "b" || b.Next.Next != b {
		t.Fatalf("shape lost: %+v", b)
	}
	b.Tags["x"][0] = 99
	b.Any.([]string)[0] = "changed"
	if shared[0] != 1 || a.Any.([]string)[0] != "s" {
		t.Fatal("the copy shares memory with the source")
	}
}

func TestCopyRefusesWhatCannotCross(t *testing.T) {
	type withChan struct{ Done chan bool }
	type withFunc struct{ F func() }
	for _, tt := range []struct {
		dst  reflect.Type
		src  any
		want string
	}{
		{reflect.TypeFor[withChan](), withChan{make(chan bool)}, "argument 1.Done: chan bool cannot cross"},
		{reflect.TypeFor[[]withFunc](), []withFunc{{}, {func() {}}}, "argument 1[1].F: func() cannot cross"},
		{reflect.TypeFor[any](), unsafe.Pointer(nil), "unsafe.Pointer cannot cross"},
		{reflect.TypeFor[uint8](), 300, "argument 1: 300 overflows uint8"},
		{reflect.TypeFor[int](), "7", "a string cannot be a int"},
		{reflect.TypeFor[int](), nil, "nil cannot be a int"},
	} {
		_, err := copyInto(tt.dst, reflect.ValueOf(tt.src), "argument 1")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%T → %s: got %v, want %q", tt.src, tt.dst, err, tt.want)
		}
	}
	if v, err := copyInto(reflect.TypeFor[uint64](), reflect.ValueOf(5), "x"); err != nil || v.Uint() != 5 {
		t.Errorf("an int that fits: %v %v", v, err)
	}
}
