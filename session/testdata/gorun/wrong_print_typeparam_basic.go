package main

import "fmt"

// A cell type of a basic kind reaches fmt from generic code as the plain
// number: gogil cannot tell Celsius from float64 there, and must say so
// rather than print float64.

type Celsius float64

func Describe[T any](v T) string { return fmt.Sprintf("%v (%T)", v, v) }

func main() {
	fmt.Println(Describe(3))
	fmt.Println(Describe(Celsius(21.5)))
}
