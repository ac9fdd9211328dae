package main

import (
	"fmt"
	"math"
	"strings"
)

type Vertex struct {
	X, Y float64
}

func (v Vertex) Abs() float64 {
	return math.Sqrt(v.X*v.X + v.Y*v.Y)
}

func (v *Vertex) Scale(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

func ScaleFunc(v *Vertex, f float64) {
	v.X *= f
	v.Y *= f
}

type Location struct {
	Lat, Long float64
}

var m = map[string]Location{
	"Bell Labs": {40.68433, -74.39967},
	"Google":    {37.42202, -122.08408},
}

func compute(fn func(float64, float64) float64) float64 {
	return fn(3, 4)
}

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

func main() {
	i, j := 42, 2701
	p := &i
	fmt.Println(*p)
	*p = 21
	fmt.Println(i)
	p = &j
	*p = *p / 37
	fmt.Println(j)

	v1 := Vertex{1, 2}
	v2 := Vertex{X: 1}
	v3 := Vertex{}
	pv := &Vertex{1, 2}
	pv.X = 1e9
	fmt.Println(v1, v2, v3, *pv)
	fmt.Printf("%v %+v %#v\n", v1, v2, v3)

	board := [][]string{
		[]string{"_", "_", "_"},
		[]string{"_", "_", "_"},
		[]string{"_", "_", "_"},
	}
	board[0][0] = "X"
	board[2][2] = "O"
	board[1][2] = "X"
	board[1][0] = "O"
	board[0][2] = "X"
	for i := 0; i < len(board); i++ {
		fmt.Printf("%s\n", strings.Join(board[i], " "))
	}

	fmt.Println(m["Bell Labs"], m["Google"].Long)
	fmt.Printf("%v\n", m)
	delete(m, "Google")
	loc, ok := m["Google"]
	fmt.Println(loc, ok, len(m))

	hypot := func(x, y float64) float64 {
		return math.Sqrt(x*x + y*y)
	}
	fmt.Println(hypot(5, 12))
	fmt.Println(compute(hypot))
	fmt.Println(compute(math.Pow))

	v := Vertex{3, 4}
	v.Scale(10)
	fmt.Println(v.Abs(), v)
	pp := &v
	pp.Scale(0.5)
	ScaleFunc(pp, 2)
	fmt.Println(pp.Abs(), *pp)

	f := MyFloat(-math.Sqrt2)
	fmt.Println(f.Abs())
	fmt.Printf("%.4f %T\n", f, f)

	primes := [6]int{2, 3, 5, 7, 11, 13}
	s := primes[1:4]
	s = s[:0]
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
	s = s[:4]
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
	var nilSlice []int
	fmt.Println(nilSlice, len(nilSlice), nilSlice == nil)
	for i, v := range []int{1, 2, 4} {
		fmt.Printf("2**%d = %d\n", i, v)
	}
}
