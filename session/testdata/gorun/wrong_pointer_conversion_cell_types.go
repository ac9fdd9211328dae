package main

import "fmt"

// A pointer converted from one cell type to another of the same shape:
// the interpreter gives both one type, so the object's own type is lost,
// and == of interfaces takes equal pointers for one object of one type.
// Refused, naming the feature.

type Celsius struct{ Deg float64 }
type Fahrenheit Celsius

func (c *Celsius) Unit() string    { return "C" }
func (f *Fahrenheit) Unit() string { return "F" }

type Unit interface{ Unit() string }

func main() {
	c := &Celsius{20}
	f := (*Fahrenheit)(c)
	var a, b Unit = c, f
	fmt.Println(a.Unit(), b.Unit(), a == b)
}
