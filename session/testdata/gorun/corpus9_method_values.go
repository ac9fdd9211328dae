package main

import "fmt"

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point  { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point  { return Point{p.X - q.X, p.Y - q.Y} }
func (p *Point) ScaleBy(f float64) { p.X *= f; p.Y *= f }

type Path []Point

func (path Path) TranslateBy(offset Point, add bool) {
	var op func(p, q Point) Point
	if add {
		op = Point.Add
	} else {
		op = Point.Sub
	}
	for i := range path {
		path[i] = op(path[i], offset)
	}
}

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

func main() {
	p := Point{1, 2}
	q := Point{4, 6}
	add := p.Add
	fmt.Println(add(q))
	p = Point{10, 10}
	fmt.Println(add(q)) // bound to the old p
	scale := p.ScaleBy
	scale(2)
	fmt.Println(p)
	sub := Point.Sub
	fmt.Println(sub(q, Point{1, 1}))
	fmt.Printf("%T\n", sub)
	sc := (*Point).ScaleBy
	sc(&q, 0.5)
	fmt.Println(q)

	path := Path{{0, 0}, {1, 1}, {2, 4}}
	path.TranslateBy(Point{1, 1}, true)
	fmt.Println(path)
	path.TranslateBy(Point{0.5, 0}, false)
	fmt.Println(path)

	var c Counter
	incs := []func() int{c.Inc, c.Inc}
	for _, f := range incs {
		fmt.Print(f(), " ")
	}
	fmt.Println(c.n)
	m := map[string]func(Point, Point) Point{"add": Point.Add, "sub": Point.Sub}
	fmt.Println(m["add"](p, q), m["sub"](p, q))
}
