package main

import "fmt"

type Point struct {
	X, Y int
}

type Circle struct {
	Point
	Radius int
}

type Wheel struct {
	Circle
	Spokes int
	Tags   []string
	Meta   map[string]int
	Next   *Wheel
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

type Palette struct {
	Name   string
	Colors []Color
	byName map[string]Color
}

func main() {
	var w Wheel
	w.X = 8
	w.Y = 8
	w.Radius = 5
	w.Spokes = 20
	fmt.Printf("%v\n", w)
	fmt.Printf("%+v\n", w)
	fmt.Printf("%#v\n", w)
	fmt.Printf("%T\n", w)

	w2 := Wheel{Circle{Point{1, 2}, 3}, 4, []string{"a"}, map[string]int{"k": 1}, nil}
	w.Next = &w2
	fmt.Printf("%+v\n", *w.Next)
	fmt.Printf("%#v\n", w2.Circle)
	fmt.Printf("%T %T %T\n", &w2, w2.Tags, w2.Meta)

	p := Palette{"rgb", []Color{Red, Blue}, map[string]Color{"g": Green}}
	fmt.Printf("%v\n%+v\n%#v\n", p, p, p)
	fmt.Printf("%v %d %T\n", Blue, Blue, Blue)

	pts := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v %#v\n", pts, pts, pts)
	ptrs := []*Point{{5, 6}}
	fmt.Printf("%v %+v\n", *ptrs[0], ptrs[0])
	m := map[Point]string{{1, 1}: "a", {0, 2}: "b"}
	fmt.Printf("%v\n%#v\n", m, m)
	arr := [2]Circle{}
	fmt.Printf("%v %#v\n", arr, arr)
	var anon = struct {
		A int
		b string
	}{1, "x"}
	fmt.Printf("%v %+v %#v %T\n", anon, anon, anon, anon)
	var e interface{} = Point{}
	fmt.Printf("%v %T\n", e, e)
	var ie []interface{} = []interface{}{1, "a", Point{}, nil}
	fmt.Printf("%v %#v\n", ie, ie)
}
