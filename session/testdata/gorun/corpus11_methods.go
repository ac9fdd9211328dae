package main

import "fmt"

type rect struct {
	width, height int
}

func (r *rect) area() int {
	return r.width * r.height
}

func (r rect) perim() int {
	return 2*r.width + 2*r.height
}

func (r *rect) scale(f int) {
	r.width *= f
	r.height *= f
}

type counter int

func (c *counter) incr()   { *c++ }
func (c counter) get() int { return int(c) }

func main() {
	r := rect{width: 10, height: 5}
	fmt.Println("area: ", r.area())
	fmt.Println("perim:", r.perim())
	rp := &r
	fmt.Println("area: ", rp.area())
	fmt.Println("perim:", rp.perim())
	r.scale(2)
	fmt.Println(r, r.area())
	var c counter
	c.incr()
	c.incr()
	fmt.Println(c.get(), c)
	f := r.perim
	r.width = 0
	fmt.Println(f(), r.perim())
	g := (*rect).area
	fmt.Println(g(&r))
	h := rect.perim
	fmt.Println(h(rect{1, 1}))
}
