// A range assigning cell values to existing interface variables
// (for _, x = range xs): a nil pointer stays a typed nil in the
// interface, and each element is copied, at the top level and in
// functions, over slices, arrays, maps, channels and functions.
package main

import (
	"fmt"
	"io"
	"iter"
)

type E struct{}

func (*E) Error() string { return "E" }

type S struct{}

func (*S) String() string { return "S" }

type R struct{}

func (*R) Read(p []byte) (int, error) { return 0, io.EOF }

type Shape interface{ Area() int }

type Sq struct{ n int }

func (s Sq) Area() int { return s.n * s.n }

func nils() iter.Seq[*E] {
	return func(yield func(*E) bool) { yield(nil) }
}

func inFunction() {
	var x error
	for _, x = range []*E{nil} {
	}
	fmt.Println("function:", x == nil, x != nil)
}

func main() {
	var x error
	for _, x = range []*E{nil} {
	}
	fmt.Println("slice:", x == nil)
	var s fmt.Stringer
	for _, s = range [1]*S{} {
	}
	fmt.Println("array:", s == nil)
	var r io.Reader
	for _, r = range []*R{nil} {
	}
	fmt.Println("reader:", r == nil)
	inFunction()
	var k error
	for k = range map[*E]int{nil: 1} {
	}
	fmt.Println("map key:", k == nil)
	ch := make(chan *E, 1)
	ch <- nil
	close(ch)
	for x = range ch {
	}
	fmt.Println("channel:", x == nil)
	for x = range nils() {
	}
	fmt.Println("function range:", x == nil)
	i := 0
	for i, x = range []*E{nil, nil} {
	}
	fmt.Println("key and value:", i, x == nil)

	var sh Shape
	var shapes []Shape
	for _, sh = range []Sq{{1}, {2}, {3}} {
		shapes = append(shapes, sh)
	}
	for _, sh := range shapes {
		fmt.Print(sh.Area(), " ")
	}
	fmt.Println(sh.Area())
}
