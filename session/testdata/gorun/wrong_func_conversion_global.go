package main

import (
	"fmt"
	"strings"
)

// A variable made by converting a function to a named function type, whose
// methods are then called: main's := are globals in the cell form.
type Handler func(string) string

func (h Handler) Chain(next Handler) Handler {
	return func(s string) string { return next(h(s)) }
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

var loud = Handler(strings.ToUpper)
var shout = loud.Chain(func(s string) string { return s + "!" })

func main() {
	trim := Handler(strings.TrimSpace)
	h := trim.Chain(loud)
	fmt.Println(h("  hello  "), shout("hey"))
	plus := Op(func(a, b int) int { return a + b })
	sum := plus.Apply(2, 3)
	fmt.Println(sum, plus.Apply(sum, sum))
}
