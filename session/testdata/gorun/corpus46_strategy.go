package main

import (
	"fmt"
	"strings"
)

type PricingStrategy interface {
	Price(base float64, qty int) float64
}

type Regular struct{}

func (Regular) Price(base float64, qty int) float64 { return base * float64(qty) }

type Bulk struct {
	Threshold int
	Discount  float64
}

func (b Bulk) Price(base float64, qty int) float64 {
	total := base * float64(qty)
	if qty >= b.Threshold {
		total *= 1 - b.Discount
	}
	return total
}

// PricingFunc lets plain functions act as strategies.
type PricingFunc func(float64, int) float64

func (f PricingFunc) Price(base float64, qty int) float64 { return f(base, qty) }

type Checkout struct {
	strategy PricingStrategy
}

func (c *Checkout) SetStrategy(s PricingStrategy) { c.strategy = s }
func (c *Checkout) Total(base float64, qty int) float64 {
	return c.strategy.Price(base, qty)
}

type Sorter func([]string)

func apply(name string, s Sorter, in []string) {
	cp := append([]string(nil), in...)
	s(cp)
	fmt.Printf("%-8s %v\n", name, cp)
}

func main() {
	c := &Checkout{}
	strategies := []struct {
		name string
		s    PricingStrategy
	}{
		{"regular", Regular{}},
		{"bulk", Bulk{Threshold: 10, Discount: 0.2}},
		{"bogo", PricingFunc(func(b float64, q int) float64 { return b * float64((q+1)/2) })},
	}
	for _, st := range strategies {
		c.SetStrategy(st.s)
		fmt.Printf("%-8s q=3:%6.2f q=12:%6.2f\n", st.name, c.Total(2.5, 3), c.Total(2.5, 12))
	}

	words := []string{"pear", "Apple", "fig", "banana"}
	apply("reverse", func(s []string) {
		for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
			s[i], s[j] = s[j], s[i]
		}
	}, words)
	apply("upper", func(s []string) {
		for i := range s {
			s[i] = strings.ToUpper(s[i])
		}
	}, words)
	fmt.Println("original", words)
}
