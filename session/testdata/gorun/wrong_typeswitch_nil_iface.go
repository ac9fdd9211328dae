package main

import "fmt"

type Shape interface{ Area() float64 }

type name string

func (n name) String() string { return "<" + string(n) + ">" }

// A nil Shape handed to an any, switched on beside a case of
// fmt.Stringer that a cell type of kind string with a String method
// implements: Go takes the nil case.
func describe(v any) string {
	switch t := v.(type) {
	case nil:
		return "nil"
	case fmt.Stringer:
		return "stringer " + t.String()
	case Shape:
		return "shape"
	default:
		return fmt.Sprintf("other %T", t)
	}
}

func main() {
	var sh Shape
	fmt.Println(describe(sh))
	fmt.Println(describe(name("x")))
}
