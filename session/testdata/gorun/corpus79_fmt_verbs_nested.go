package main

import "fmt"

type Point struct {
	X, Y int
}

type Address struct {
	Street string
	Zip    *string
}

type Customer struct {
	ID      int
	Name    string
	Tags    []string
	Home    Address
	Loc     *Point
	Scores  map[string]float64
	private bool
	Any     any
}

type Celsius float64
type Level uint8
type Names []string

func main() {
	zip := "90210"
	c := Customer{
		ID:     7,
		Name:   "Ann \"Lee\"",
		Tags:   []string{"vip", "new"},
		Home:   Address{"Main St", &zip},
		Loc:    &Point{3, -4},
		Scores: map[string]float64{"b": 2.5, "a": 1},
		Any:    Point{1, 2},
	}
	fmt.Printf("%v\n", c.Home.Street)
	fmt.Printf("%v\n", c.Loc)
	fmt.Printf("%+v\n", c.Loc)
	fmt.Printf("%#v\n", c.Loc)
	fmt.Printf("%v|%+v|%#v\n", c.Tags, c.Tags, c.Tags)
	fmt.Printf("%v|%+v|%#v\n", c.Scores, c.Scores, c.Scores)
	fmt.Printf("%v|%+v|%#v\n", c.Any, c.Any, c.Any)
	fmt.Printf("%q\n", c.Name)
	fmt.Printf("%q\n", c.Tags)
	fmt.Printf("%T %T %T %T %T\n", c, c.Loc, c.Scores, c.Any, &c.Home)

	var nilp *Point
	var nilAny any
	fmt.Printf("%v %+v %#v\n", nilp, nilp, nilp)
	fmt.Printf("%v %#v %T\n", nilAny, nilAny, nilAny)

	c2 := Customer{ID: 1, private: true}
	fmt.Printf("%v\n", c2)
	fmt.Printf("%+v\n", c2)
	fmt.Printf("%#v\n", c2)

	temps := []Celsius{21.5, -3, 0}
	fmt.Printf("%v %#v %T\n", temps, temps, temps)
	lv := map[string]Level{"x": 3, "a": 255}
	fmt.Printf("%v %#v %T\n", lv, lv, lv)
	fmt.Printf("%#v %T\n", Names{"a", "b"}, Names(nil))
	pts := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v %#v\n", pts, pts, pts)
	pm := map[Point]string{{2, 1}: "b", {1, 9}: "a", {1, 2}: "c"}
	fmt.Printf("%v\n%#v\n", pm, pm)
	arr := [2]Point{{5, 6}}
	fmt.Printf("%v %#v %T\n", arr, arr, arr)
	nested := map[string][]Point{"z": {{0, 0}}, "m": nil}
	fmt.Printf("%v %#v\n", nested, nested)
	pp := &pts
	fmt.Printf("%v %+v\n", pp, pp)
	anon := struct {
		A int
		B []Celsius
	}{1, temps[:1]}
	fmt.Printf("%v %+v %#v\n", anon, anon, anon)
	fmt.Printf("%x %X %o %b\n", Level(200), []Level{10, 11}, Level(8), Level(5))
	fmt.Printf("%5.1f|%-8v|%08.3f\n", Celsius(3.14159), Celsius(2), Celsius(-1.5))
	fmt.Println(c.Loc, pts, lv, temps, arr)
}
