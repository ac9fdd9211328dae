package main

import (
	"errors"
	"fmt"
	"sort"
)

type Product struct {
	SKU   string
	Name  string
	Stock int
	Price float64
}

type Inventory struct {
	products map[string]*Product
}

func NewInventory() *Inventory {
	return &Inventory{products: make(map[string]*Product)}
}

func (inv *Inventory) AddProduct(p Product) {
	inv.products[p.SKU] = &p
}

func (inv *Inventory) Restock(sku string, qty int) error {
	p, ok := inv.products[sku]
	if !ok {
		return fmt.Errorf("unknown SKU %q", sku)
	}
	p.Stock += qty
	return nil
}

func (inv *Inventory) Sell(sku string, qty int) (float64, error) {
	p, ok := inv.products[sku]
	if !ok {
		return 0, fmt.Errorf("unknown SKU %q", sku)
	}
	if p.Stock < qty {
		return 0, errors.New("not enough stock for " + p.Name)
	}
	p.Stock -= qty
	return float64(qty) * p.Price, nil
}

func (inv *Inventory) Report() {
	skus := make([]string, 0, len(inv.products))
	for s := range inv.products {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	value := 0.0
	fmt.Printf("%-6s|%-14s|%6s|%9s\n", "SKU", "Name", "Stock", "Value")
	for _, s := range skus {
		p := inv.products[s]
		v := float64(p.Stock) * p.Price
		value += v
		warn := ""
		if p.Stock < 5 {
			warn = " LOW"
		}
		fmt.Printf("%-6s|%-14s|%6d|%9.2f%s\n", p.SKU, p.Name, p.Stock, v, warn)
	}
	fmt.Printf("Total inventory value: %.2f\n", value)
}

func main() {
	inv := NewInventory()
	inv.AddProduct(Product{"A100", "Widget", 10, 2.50})
	inv.AddProduct(Product{"B200", "Gadget", 3, 12.99})
	inv.AddProduct(Product{"C300", "Doohickey", 25, 0.75})
	inv.Report()

	revenue := 0.0
	orders := []struct {
		sku string
		qty int
	}{{"A100", 4}, {"B200", 5}, {"Z999", 1}, {"C300", 20}}
	for _, o := range orders {
		amt, err := inv.Sell(o.sku, o.qty)
		if err != nil {
			fmt.Println("order failed:", err)
			continue
		}
		revenue += amt
		fmt.Printf("sold %d x %s for %.2f\n", o.qty, o.sku, amt)
	}
	if err := inv.Restock("B200", 7); err != nil {
		fmt.Println(err)
	}
	fmt.Println(inv.Restock("nope", 1))
	fmt.Printf("Revenue: %.2f\n", revenue)
	inv.Report()
}
