// A := of several names in main's body assigns the names main already
// declared, which keep their types: c stays an error holding a typed nil,
// a stays an any, f a float64; in a nested block := declares all its names anew.
package main

import "fmt"

type E struct{}

func (*E) Error() string { return "E" }

func two() (*E, int) { return nil, 2 }

func pair() (int, string) { return 1, "one" }

func inFunction() {
	var f float64
	f, g := 1, 2
	fmt.Println("function:", f/2, g)
	switch {
	default:
		var r any
		r, t := pair()
		r = "any"
		fmt.Println("case:", r, t)
	}
}

func main() {
	inFunction()
	var c error
	c, d := two()
	fmt.Printf("%T %v %d\n", c, c == nil, d)
	c = fmt.Errorf("wrapped: %w", c)
	fmt.Println(c)

	var a any
	a, s := pair()
	fmt.Printf("%T %v %s\n", a, a, s)
	a = "now a string"
	fmt.Println(a)

	n := 1
	show := func() { fmt.Println("closure sees", n) }
	n, m := 5, 6
	show()
	fmt.Println(n, m)

	if true {
		c, e := two()
		fmt.Printf("block: %T %v %d\n", c, c == nil, e)
	}
	fmt.Printf("after: %T %v\n", c, c == nil)
}
