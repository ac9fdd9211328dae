package main

import "fmt"

// A value of a cell type whose underlying type is a function type, held in
// an any, against a case of that function type: Go takes the default.
// gogil's interpreter holds it as a plain func(int) int, so the case
// would match; gogil refuses the switch rather than take that clause.

type Op func(int) int

func describe(v any) string {
	switch f := v.(type) {
	case func(int) int:
		return fmt.Sprint("plain func, f(3) = ", f(3))
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	neg := Op(func(x int) int { return -x })
	fmt.Println(describe(neg))
	fmt.Println(neg(4))
}
