package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Product struct {
	SKU   string
	Name  string
	Price float64
}

type Inventory struct {
	products map[string]Product
	stock    map[string]int
}

func NewInventory() *Inventory {
	return &Inventory{products: map[string]Product{}, stock: map[string]int{}}
}

func (inv *Inventory) Add(p Product, qty int) {
	inv.products[p.SKU] = p
	inv.stock[p.SKU] += qty
}

func (inv *Inventory) Take(sku string, qty int) (Product, error) {
	p, ok := inv.products[sku]
	if !ok {
		return Product{}, fmt.Errorf("unknown product %q", sku)
	}
	if inv.stock[sku] < qty {
		return Product{}, errors.New("only " + fmt.Sprint(inv.stock[sku]) + " " + p.Name + " left")
	}
	inv.stock[sku] -= qty
	return p, nil
}

type CartLine struct {
	Product
	Qty int
}

func (l CartLine) Subtotal() float64 { return l.Price * float64(l.Qty) }

type Cart struct {
	lines    []CartLine
	discount float64
}

func (c *Cart) AddItem(inv *Inventory, sku string, qty int) error {
	p, err := inv.Take(sku, qty)
	if err != nil {
		return fmt.Errorf("add %s: %w", sku, err)
	}
	for i := range c.lines {
		if c.lines[i].SKU == sku {
			c.lines[i].Qty += qty
			return nil
		}
	}
	c.lines = append(c.lines, CartLine{p, qty})
	return nil
}

func (c *Cart) ApplyCoupon(code string) bool {
	switch strings.ToUpper(code) {
	case "SAVE10":
		c.discount = 0.10
	case "HALF":
		c.discount = 0.5
	default:
		return false
	}
	return true
}

func (c Cart) Total() (subtotal, total float64) {
	for _, l := range c.lines {
		subtotal += l.Subtotal()
	}
	return subtotal, subtotal * (1 - c.discount)
}

func main() {
	inv := NewInventory()
	inv.Add(Product{"A1", "Apple", 0.5}, 10)
	inv.Add(Product{"B2", "Bread", 2.25}, 2)
	inv.Add(Product{"C3", "Cheese", 7.8}, 1)

	cart := &Cart{}
	for _, req := range []struct {
		sku string
		qty int
	}{{"A1", 4}, {"B2", 3}, {"C3", 1}, {"A1", 2}, {"Z9", 1}, {"B2", 2}} {
		if err := cart.AddItem(inv, req.sku, req.qty); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println("coupon BOGUS:", cart.ApplyCoupon("BOGUS"))
	fmt.Println("coupon save10:", cart.ApplyCoupon("save10"))

	sort.Slice(cart.lines, func(i, j int) bool { return cart.lines[i].Subtotal() > cart.lines[j].Subtotal() })
	for _, l := range cart.lines {
		fmt.Printf("%-7s %2d x %5.2f = %6.2f\n", l.Name, l.Qty, l.Price, l.Subtotal())
	}
	sub, tot := cart.Total()
	fmt.Printf("subtotal %.2f, total %.2f\n", sub, tot)

	skus := make([]string, 0)
	for k := range inv.stock {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	for _, k := range skus {
		fmt.Printf("%s:%d ", k, inv.stock[k])
	}
	fmt.Println()
	fmt.Printf("%+v\n", cart.lines[0])
}
