package main

import (
	"errors"
	"fmt"
	"sort"
)

type Category int

const (
	Electronics Category = iota + 1
	Grocery
	Clothing
)

func (c Category) String() string {
	switch c {
	case Electronics:
		return "Electronics"
	case Grocery:
		return "Grocery"
	case Clothing:
		return "Clothing"
	}
	return fmt.Sprintf("Category(%d)", int(c))
}

type Product struct {
	SKU      string
	Name     string
	Price    float64
	Quantity int
	Category
}

type Inventory struct {
	items map[string]*Product
}

var ErrNotFound = errors.New("product not found")

type StockError struct {
	SKU       string
	Requested int
	Available int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("cannot remove %d of %s: only %d in stock", e.Requested, e.SKU, e.Available)
}

func (inv *Inventory) Add(p Product) {
	if existing, ok := inv.items[p.SKU]; ok {
		existing.Quantity += p.Quantity
		return
	}
	inv.items[p.SKU] = &p
}

func (inv *Inventory) Remove(sku string, qty int) error {
	p, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %s: %w", sku, ErrNotFound)
	}
	if p.Quantity < qty {
		return &StockError{sku, qty, p.Quantity}
	}
	p.Quantity -= qty
	if p.Quantity == 0 {
		delete(inv.items, sku)
	}
	return nil
}

func (inv *Inventory) Report() {
	skus := make([]string, 0, len(inv.items))
	for s := range inv.items {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	var total float64
	byCat := map[Category]int{}
	for _, s := range skus {
		p := inv.items[s]
		value := p.Price * float64(p.Quantity)
		total += value
		byCat[p.Category] += p.Quantity
		fmt.Printf("%-6s %-12s %-12v %4d x %7.2f = %9.2f\n", p.SKU, p.Name, p.Category, p.Quantity, p.Price, value)
	}
	fmt.Printf("total value: %.2f\n", total)
	fmt.Println(byCat)
}

func main() {
	inv := &Inventory{items: make(map[string]*Product)}
	inv.Add(Product{"E100", "Laptop", 999.99, 5, Electronics})
	inv.Add(Product{"G200", "Apples", 0.5, 200, Grocery})
	inv.Add(Product{"C300", "T-Shirt", 15, 40, Clothing})
	inv.Add(Product{"E100", "Laptop", 999.99, 2, Electronics})
	inv.Add(Product{"X999", "Mystery", 1, 1, Category(9)})
	inv.Report()

	errs := []error{
		inv.Remove("G200", 50),
		inv.Remove("E100", 10),
		inv.Remove("Z000", 1),
		inv.Remove("X999", 1),
	}
	for i, err := range errs {
		var se *StockError
		switch {
		case err == nil:
			fmt.Println(i, "ok")
		case errors.As(err, &se):
			fmt.Println(i, "stock error:", se.Available, err)
		case errors.Is(err, ErrNotFound):
			fmt.Println(i, "not found:", err)
		}
	}
	inv.Report()
	low := []string{}
	for sku, p := range inv.items {
		if p.Quantity < 10 {
			low = append(low, sku)
		}
	}
	fmt.Println("low stock:", low)
	fmt.Printf("%v|%s|%d\n", Grocery, Clothing, Electronics)
}
