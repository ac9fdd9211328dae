package main

import "fmt"

// The interpreter's type of a cell struct type is the unnamed struct: a
// value of it in an any printed %#v and %T of what holds it as
// struct { X int; Y int }.
type Point struct{ X, Y int }

type Segment struct {
	From, To Point
	label    string
}

func main() {
	var x interface{} = Point{1, 2}
	fmt.Printf("%T %v %+v %#v\n", x, x, x, x)
	x = &Point{3, 4}
	fmt.Printf("%T %v %+v %#v\n", x, x, x, x)
	x = []Point{{5, 6}}
	fmt.Printf("%T %v %#v\n", x, x, x)
	x = map[string]Point{"o": {}}
	fmt.Printf("%T %v %#v\n", x, x, x)
	x = [2]Point{}
	fmt.Printf("%T %#v\n", x, x)
	x = Segment{Point{0, 0}, Point{1, 1}, "diag"}
	fmt.Printf("%T %+v %#v\n", x, x, x)
	items := []any{Point{7, 8}, "s", 3}
	fmt.Printf("%#v %T\n", items, items[0])
	fmt.Println(items...)
}
