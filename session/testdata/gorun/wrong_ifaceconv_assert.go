package main

import "fmt"

type shape interface{ area() float64 }

type sq struct{ s float64 }

func (q sq) area() float64 { return q.s * q.s }

type circ struct{ r float64 }

func (c *circ) area() float64 { return 3 * c.r * c.r }

func main() {
	s := sq{2}
	x := shape(s)
	v, ok := x.(sq)
	fmt.Println("comma-ok:", v, ok)
	fmt.Println("plain:", x.(sq).s)
	_, ok = x.(*circ)
	fmt.Println("other:", ok)
	c := &circ{1}
	y := shape(c)
	p, ok := y.(*circ)
	fmt.Println("pointer:", p.r, ok)
	switch v := y.(type) {
	case sq:
		fmt.Println("sq", v)
	case *circ:
		fmt.Println("*circ", v.r)
	}
	switch y.(type) {
	case *circ:
		fmt.Println("*circ unbound")
	default:
		fmt.Println("default unbound")
	}
	var a any = shape(s)
	switch v := a.(type) {
	case sq:
		fmt.Println("any sq", v.s)
	default:
		fmt.Println("any default")
	}
	w, ok := a.(sq)
	fmt.Println("any comma-ok", w, ok)
	var b any = any(s)
	_, ok = b.(sq)
	fmt.Println("any(s)", ok)
	var e interface{} = interface{}(c)
	_, ok = e.(*circ)
	fmt.Println("interface{}(c)", ok)
	_, ok = x.(interface{ area() float64 })
	fmt.Println("iface lit", ok)
	_, ok = x.(shape)
	fmt.Println("shape", ok)
}
