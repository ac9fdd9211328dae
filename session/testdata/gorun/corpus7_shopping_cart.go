package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Product struct {
	SKU   string
	Name  string
	Price Money
}

type LineItem struct {
	Product
	Qty int
}

func (li LineItem) Total() Money { return li.Price * Money(li.Qty) }

type Discount interface {
	Apply(subtotal Money, items []LineItem) Money
	Describe() string
}

type PercentOff struct{ Pct int }

func (p PercentOff) Apply(sub Money, _ []LineItem) Money { return sub * Money(p.Pct) / 100 }
func (p PercentOff) Describe() string                    { return fmt.Sprintf("%d%% off", p.Pct) }

type BuyNGetOne struct {
	SKU string
	N   int
}

func (b BuyNGetOne) Apply(_ Money, items []LineItem) Money {
	for _, it := range items {
		if it.SKU == b.SKU {
			return it.Price * Money(it.Qty/(b.N+1))
		}
	}
	return 0
}
func (b BuyNGetOne) Describe() string { return fmt.Sprintf("buy %d %s get 1 free", b.N, b.SKU) }

type Cart struct {
	items     map[string]*LineItem
	discounts []Discount
}

func (c *Cart) Add(p Product, qty int) {
	if c.items == nil {
		c.items = map[string]*LineItem{}
	}
	if li, ok := c.items[p.SKU]; ok {
		li.Qty += qty
		return
	}
	c.items[p.SKU] = &LineItem{p, qty}
}

func (c *Cart) Lines() []LineItem {
	var out []LineItem
	for _, li := range c.items {
		out = append(out, *li)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].SKU < out[j].SKU })
	return out
}

func (c *Cart) Receipt() {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "SKU\tItem\tQty\tPrice\tTotal\t")
	lines := c.Lines()
	var sub Money
	for _, li := range lines {
		fmt.Fprintf(w, "%s\t%s\t%d\t%v\t%v\t\n", li.SKU, li.Name, li.Qty, li.Price, li.Total())
		sub += li.Total()
	}
	w.Flush()
	fmt.Println("subtotal:", sub)
	for _, d := range c.discounts {
		off := d.Apply(sub, lines)
		fmt.Printf("  %-26s %v\n", d.Describe(), -off)
		sub -= off
	}
	fmt.Println("total:", sub, strings.Repeat("=", 10))
}

func main() {
	apple := Product{"A1", "Apple", 45}
	bread := Product{"B7", "Sourdough", 499}
	coffee := Product{"C3", "Coffee beans", 1299}
	var c Cart
	c.Add(apple, 4)
	c.Add(bread, 1)
	c.Add(coffee, 2)
	c.Add(apple, 3)
	c.discounts = []Discount{BuyNGetOne{"A1", 2}, PercentOff{10}}
	c.Receipt()
	fmt.Println(Money(-5), Money(100000), c.items["A1"].Name, c.items["A1"].Product.Price)
}
