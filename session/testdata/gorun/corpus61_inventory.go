package main

import (
	"fmt"
	"sort"
)

type SKU string

type Product struct {
	SKU      SKU
	Name     string
	Price    float64
	Quantity int
}

func (p Product) Value() float64 { return p.Price * float64(p.Quantity) }

type Inventory struct {
	items map[SKU]*Product
}

type StockError struct {
	SKU       SKU
	Requested int
	Available int
}

func (e StockError) Error() string {
	return fmt.Sprintf("sku %s: requested %d, only %d in stock", e.SKU, e.Requested, e.Available)
}

func NewInventory(ps ...Product) *Inventory {
	inv := &Inventory{items: make(map[SKU]*Product)}
	for i := range ps {
		inv.items[ps[i].SKU] = &ps[i]
	}
	return inv
}

func (inv *Inventory) Remove(sku SKU, n int) error {
	p, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("unknown sku %s", sku)
	}
	if p.Quantity < n {
		return StockError{sku, n, p.Quantity}
	}
	p.Quantity -= n
	return nil
}

func (inv *Inventory) Restock(sku SKU, n int) { inv.items[sku].Quantity += n }

func (inv *Inventory) LowStock(threshold int) []SKU {
	var low []SKU
	for sku, p := range inv.items {
		if p.Quantity <= threshold {
			low = append(low, sku)
		}
	}
	sort.Slice(low, func(i, j int) bool { return low[i] < low[j] })
	return low
}

func (inv *Inventory) Report() {
	skus := make([]string, 0, len(inv.items))
	for s := range inv.items {
		skus = append(skus, string(s))
	}
	sort.Strings(skus)
	var total float64
	for _, s := range skus {
		p := inv.items[SKU(s)]
		fmt.Printf("%-6s %-12s %3d x %6.2f = %8.2f\n", p.SKU, p.Name, p.Quantity, p.Price, p.Value())
		total += p.Value()
	}
	fmt.Printf("%-35s %8.2f\n", "total", total)
}

func main() {
	inv := NewInventory(
		Product{"A100", "Widget", 2.50, 100},
		Product{"B200", "Gadget", 12.99, 8},
		Product{"C300", "Doohickey", 0.75, 3},
	)
	inv.Report()
	for _, o := range []struct {
		sku SKU
		n   int
	}{{"A100", 40}, {"B200", 10}, {"Z999", 1}, {"C300", 3}} {
		if err := inv.Remove(o.sku, o.n); err != nil {
			if se, ok := err.(StockError); ok {
				fmt.Printf("short by %d: %v\n", se.Requested-se.Available, se)
			} else {
				fmt.Println("error:", err)
			}
		}
	}
	fmt.Println("low stock:", inv.LowStock(10))
	inv.Restock("C300", 20)
	inv.Report()
	fmt.Printf("%+v\n", *inv.items["B200"])
	fmt.Printf("%#v\n", inv.LowStock(10))
}
