package main

import "fmt"

type Point struct{ X, Y int }

func describe(v any) string { return fmt.Sprintf("%T %v", v, v) }

// A value of a struct literal type with Point's fields, put in an
// interface: Go keeps its type apart from Point's; the interpreter gives
// both one reflect type, so gogil must refuse rather than answer as if it
// were a Point.
func main() {
	p := Point{1, 2}
	anon := struct{ X, Y int }{1, 2}
	fmt.Println(p == anon, anon != p)
	fmt.Printf("%T %T %v %+v\n", p, anon, anon, anon)
	var e any = p
	fmt.Println(e == anon, e == p)
	fmt.Println(describe(p))
	fmt.Println(describe(anon))
	for _, it := range []any{p, anon} {
		_, isPoint := it.(Point)
		fmt.Println(isPoint)
	}
}
