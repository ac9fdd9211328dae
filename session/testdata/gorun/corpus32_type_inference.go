package main

import "fmt"

func Identity[T any](v T) T { return v }

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	return len(m)
}

func Scale[S ~[]E, E ~int | ~float64](s S, f E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * f
	}
	return out
}

type Point []int

func (p Point) String() string { return fmt.Sprintf("Point%v", []int(p)) }

func Ptr[T any](v T) *T { return &v }

func Zero[T any]() T {
	var z T
	return z
}

func Convert[To, From ~int | ~float64](f From) To {
	return To(f)
}

type Registry map[string]bool

func main() {
	fmt.Printf("%T %T %T\n", Identity(1), Identity("s"), Identity(2.5))
	fmt.Println(Keys(Registry{"a": true, "b": false}))
	p := Point{1, 2, 3}
	sp := Scale(p, 2)
	fmt.Println(sp)
	fmt.Printf("%T\n", sp)
	ip := Ptr(7)
	*ip++
	fmt.Println(*ip, *Ptr("x"))
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil)
	fmt.Println(Convert[int](3.9), Convert[float64, int](4))
	f := Identity[float32]
	fmt.Printf("%T %v\n", f(1.5), f(1.5))
}
