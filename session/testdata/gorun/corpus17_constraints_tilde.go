package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64
type Meters int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Path []Meters

func (p Path) Total() Meters { return Sum(p...) }

type Stringish interface {
	~int | ~string
	String() string
}

type Code int

func (c Code) String() string { return "C" + strconv.Itoa(int(c)) }

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func Join[T Stringish](xs []T) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += ","
		}
		out += x.String()
	}
	return out
}

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2.25))
	fmt.Println(Sum[Celsius](20, 1.5))
	p := Path{100, 250, 50}
	scaled := Scale(p, 2)
	fmt.Printf("%v %T %d\n", scaled, scaled, scaled.Total())
	fmt.Println(Join([]Code{1, 20, 300}))
	fmt.Println(Join([]Tag{"go", "iter"}))
	temps := []Celsius{21.5, 19}
	fmt.Printf("%.1f\n", Sum(temps...))
}
