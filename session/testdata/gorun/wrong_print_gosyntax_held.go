package main

import "fmt"

// %#v of a cell struct's value held in an interface writes the type's
// name (main.Point{X:1, Y:2}), which the interpreter's type has lost.
type Point struct{ X, Y int }

func dump(v any) { fmt.Printf("%#v\n", v) }

func main() {
	p := Point{1, 2}
	fmt.Printf("%#v\n", p)
	dump(p)
	dump([]any{p, Point{3, 4}})
	dump(struct{ A int }{5})
}
