package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~float64
}

func Scale[S ~[]E, E Number](s S, f E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * f
	}
	return out
}

type Point []int

func (p Point) String() string {
	return "Point" + fmt.Sprint([]int(p))
}

func Convert[To, From any](from From, f func(From) To) To { return f(from) }

func Zero[T any]() T {
	var z T
	return z
}

func Apply[T any](fs ...func(T) T) func(T) T {
	return func(v T) T {
		for _, f := range fs {
			v = f(v)
		}
		return v
	}
}

func main() {
	p := Point{1, 2}
	scaled := Scale(p, 3)
	fmt.Println(scaled.String())
	fmt.Printf("%T\n", scaled)
	fs := Scale([]float64{1.5, 2}, 2)
	fmt.Println(fs)
	s := Convert(42, strconv.Itoa)
	fmt.Printf("%q\n", s)
	n := Convert[int]("17", func(s string) int { v, _ := strconv.Atoi(s); return v })
	fmt.Println(n + 1)
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[*int]() == nil, Zero[[]byte]() == nil)
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(Apply(inc, dbl, inc)(5))
	var f64 float64 = 2
	fmt.Println(Scale([]float64{1, 2}, f64))
}
