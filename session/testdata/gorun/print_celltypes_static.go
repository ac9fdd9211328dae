package main

import (
	"fmt"
	"strings"
)

type point struct{ x, y int }

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type vec struct{ X, Y int }

func (v *vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

type reading struct {
	Xy   int
	At   point
	Temp celsius
	temp celsius
}

type grid map[string][]point

func describe(p point) string { return fmt.Sprintf("%T %+v", p, p) }

func main() {
	p := point{1, 2}
	fmt.Printf("%T %v %+v %#v\n", p, p, p, p)
	fmt.Printf("%T %#v\n", &p, []point{p})
	fmt.Println(describe(p))
	fmt.Println([]celsius{1, 2}, map[string]celsius{"a": 3})
	fmt.Printf("%v %s %.2f %#v\n", celsius(4), celsius(4), celsius(4), celsius(4))
	v := vec{1, 2}
	fmt.Println(v, &v, []*vec{&v})
	r := reading{Xy: 7, At: p, Temp: 5, temp: 6}
	fmt.Printf("%+v\n%#v\n", r, r)
	g := grid{"a": {p}}
	fmt.Printf("%T %v %#v\n", g, g, g)
	s := fmt.Sprint(p, celsius(1))
	fmt.Println(strings.ToUpper(s))
}
