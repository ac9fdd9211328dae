package main

import "fmt"

type shape interface{ area() float64 }
type sq struct{ s float64 }

func (q sq) area() float64 { return q.s * q.s }
func d2(x shape) {
	switch v := x.(type) {
	case sq:
		fmt.Println("square", v.s)
	default:
		fmt.Println("default")
	}
}
func ret1(s sq) shape { return s }

func main() {
	s := sq{2}
	r := ret1(s)
	d2(r)
	d2(ret1(s))
	v, ok := ret1(s).(sq)
	fmt.Println(v, ok)
}
