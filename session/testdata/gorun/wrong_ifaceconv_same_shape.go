package main

import "fmt"

type shape interface{ area() float64 }

type sq struct{ s float64 }

func (q sq) area() float64 { return q.s * q.s }

type rect struct{ w float64 }

func (r rect) area() float64 { return r.w * 2 }

type celsius float64

func (c celsius) area() float64 { return float64(c) }

type fahr float64

func (f fahr) area() float64 { return float64(f) + 1 }

func main() {
	var x shape = rect{3}
	_, ok := x.(sq)
	fmt.Println("rect is sq:", ok)
	r, ok := x.(rect)
	fmt.Println("rect is rect:", r, ok)
	switch v := x.(type) {
	case sq:
		fmt.Println("switch sq", v)
	case rect:
		fmt.Println("switch rect", v)
	}
	var t shape = celsius(20)
	_, ok = t.(fahr)
	fmt.Println("celsius is fahr:", ok)
	c, ok := t.(celsius)
	fmt.Println("celsius is celsius:", c, ok)
	switch v := t.(type) {
	case fahr:
		fmt.Println("switch fahr", v)
	case celsius:
		fmt.Println("switch celsius", v)
	}
	shapes := []shape{sq{1}, rect{2}, celsius(3), fahr(4)}
	for _, s := range shapes {
		_, isSq := s.(sq)
		_, isRect := s.(rect)
		_, isC := s.(celsius)
		_, isF := s.(fahr)
		fmt.Println(isSq, isRect, isC, isF)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(x.(sq))
}
