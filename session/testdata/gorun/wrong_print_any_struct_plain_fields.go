package main

import "fmt"

// A struct whose fields are of predeclared types, held in an any, prints
// where a cell type of one of those kinds has a String method: its int
// fields are ints, not values that might be Colors.
type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type Point struct{ X, Y int }

type Item struct {
	name  string
	Qty   int
	Price float64
	Tags  []string
	Dims  [2]int
	Attrs map[string]int
}

type Line struct {
	A, B Point
	W    int
}

func describe(v any) string { return fmt.Sprintf("%v|%+v", v, v) }

func main() {
	fmt.Println(describe(Point{1, 2}))
	fmt.Println(describe(Item{"pen", 3, 1.5, []string{"a"}, [2]int{4, 5}, map[string]int{"w": 1}}))
	fmt.Println(describe(Line{Point{3, 4}, Point{}, 2}))
	var a any = &Point{5, 6}
	fmt.Printf("%v %T\n", a, a)
	ps := []any{Point{7, 8}, Line{W: 1}}
	fmt.Println(ps[0], ps[1])
	fmt.Println(Color(1))
}
