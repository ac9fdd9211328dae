package main

import (
	"fmt"
	"strings"
)

// PricingStrategy decides the final price of an order.
type PricingStrategy interface {
	Price(base float64) float64
	Name() string
}

type Regular struct{}

func (Regular) Price(base float64) float64 { return base }
func (Regular) Name() string               { return "regular" }

type Discount struct{ Percent float64 }

func (d Discount) Price(base float64) float64 { return base * (1 - d.Percent/100) }
func (d Discount) Name() string               { return fmt.Sprintf("discount(%.0f%%)", d.Percent) }

type BulkDiscount struct {
	Threshold float64
	Off       float64
}

func (b *BulkDiscount) Price(base float64) float64 {
	if base >= b.Threshold {
		return base - b.Off
	}
	return base
}
func (b *BulkDiscount) Name() string { return "bulk" }

type Checkout struct {
	strategy PricingStrategy
}

func (c *Checkout) SetStrategy(s PricingStrategy) { c.strategy = s }

func (c *Checkout) Total(items []float64) float64 {
	sum := 0.0
	for _, it := range items {
		sum += it
	}
	return c.strategy.Price(sum)
}

func main() {
	items := []float64{19.99, 5.01, 75}
	c := &Checkout{strategy: Regular{}}
	strategies := []PricingStrategy{Regular{}, Discount{Percent: 10}, &BulkDiscount{Threshold: 50, Off: 15}}
	for _, s := range strategies {
		c.SetStrategy(s)
		fmt.Printf("%-15s %8.2f\n", s.Name(), c.Total(items))
	}

	// Strategies as plain functions.
	type formatter func(string) string
	fs := map[string]formatter{
		"upper": strings.ToUpper,
		"lower": strings.ToLower,
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
	}
	for _, k := range []string{"lower", "title", "upper"} {
		fmt.Println(k, "=>", fs[k]("hello gopher"))
	}
}
