package main

import "fmt"

type Point struct{ X, Y int }

// Type aliases declared in function bodies, one naming another.
func describe() {
	type (
		Name  = string
		Names = []Name
		P     = Point
	)
	var ns Names = Names{"a", "b"}
	p := P{1, 2}
	fmt.Printf("%T %v %T %+v\n", ns, ns, p, p)
}

func main() {
	describe()
	type celsius = float64
	var t celsius = 21.5
	fmt.Printf("%T %v\n", t, t)
	if t > 20 {
		type pair = [2]celsius
		fmt.Println(pair{t, t + 1})
	}
}
