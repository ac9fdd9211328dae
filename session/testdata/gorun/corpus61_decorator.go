package main

import (
	"fmt"
	"strings"
)

type Coffee interface {
	Cost() float64
	Description() string
}

type Espresso struct{}

func (Espresso) Cost() float64       { return 2.00 }
func (Espresso) Description() string { return "espresso" }

type Milk struct{ Coffee }

func (m Milk) Cost() float64       { return m.Coffee.Cost() + 0.50 }
func (m Milk) Description() string { return m.Coffee.Description() + ", milk" }

type Syrup struct {
	Coffee
	Flavor string
}

func (s Syrup) Cost() float64       { return s.Coffee.Cost() + 0.75 }
func (s Syrup) Description() string { return s.Coffee.Description() + ", " + s.Flavor + " syrup" }

type Whip struct{ Coffee }

func (w Whip) Cost() float64 { return w.Coffee.Cost() + 0.30 }

// Whip keeps the promoted Description of what it wraps.

// function decorators
type Handler func(string) string

func Logging(prefix string, h Handler) Handler {
	return func(s string) string {
		out := h(s)
		fmt.Printf("%s %q -> %q\n", prefix, s, out)
		return out
	}
}

func Trim(h Handler) Handler {
	return func(s string) string { return h(strings.TrimSpace(s)) }
}

func main() {
	var c Coffee = Espresso{}
	c = Milk{c}
	c = Syrup{c, "vanilla"}
	c = Whip{c}
	fmt.Printf("%s: $%.2f\n", c.Description(), c.Cost())

	orders := []Coffee{
		Espresso{},
		Milk{Espresso{}},
		Milk{Milk{Espresso{}}},
		Syrup{Coffee: Espresso{}, Flavor: "caramel"},
	}
	var total float64
	for _, o := range orders {
		total += o.Cost()
		fmt.Printf("%-30s %5.2f %T\n", o.Description(), o.Cost(), o)
	}
	fmt.Printf("total %.2f\n", total)

	h := Logging("outer", Trim(Logging("inner", strings.ToUpper)))
	fmt.Println(h("  hello decorators  "))
}
