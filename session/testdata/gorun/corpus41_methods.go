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

type celsius float64

func (c celsius) fahrenheit() float64 { return float64(c)*9/5 + 32 }

type stack []int

func (s *stack) push(v int) { *s = append(*s, v) }
func (s *stack) pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

func main() {
	r := rect{width: 10, height: 5}

	fmt.Println("area: ", r.area())
	fmt.Println("perim:", r.perim())

	rp := &r
	fmt.Println("area: ", rp.area())
	fmt.Println("perim:", rp.perim())

	r.scale(2)
	fmt.Println(r)

	f := r.perim
	r.width = 1
	fmt.Println("bound:", f(), r.perim())

	g := (*rect).area
	fmt.Println("expr:", g(&r))

	fmt.Printf("%.1f\n", celsius(100).fahrenheit())

	var s stack
	s.push(1)
	s.push(2)
	s.push(3)
	fmt.Println(s.pop(), s.pop(), s)
}
