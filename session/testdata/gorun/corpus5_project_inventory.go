package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
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

type Item struct {
	SKU      string
	Name     string
	Price    float64
	Qty      int
	Category Category
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

var ErrNoStock = errors.New("insufficient stock")

type UnknownItemError struct{ SKU string }

func (e UnknownItemError) Error() string { return "unknown item " + e.SKU }

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) Add(it Item) {
	if existing, ok := inv.items[it.SKU]; ok {
		existing.Qty += it.Qty
	} else {
		inv.items[it.SKU] = &it
	}
	inv.log = append(inv.log, "add "+it.SKU)
}

func (inv *Inventory) Remove(sku string, qty int) error {
	it, ok := inv.items[sku]
	if !ok {
		return UnknownItemError{sku}
	}
	if it.Qty < qty {
		return fmt.Errorf("remove %d of %s (have %d): %w", qty, sku, it.Qty, ErrNoStock)
	}
	it.Qty -= qty
	inv.log = append(inv.log, fmt.Sprintf("remove %s x%d", sku, qty))
	return nil
}

func (inv *Inventory) Total() (total float64) {
	for _, it := range inv.items {
		total += it.Price * float64(it.Qty)
	}
	return
}

func (inv *Inventory) ByCategory() map[Category][]string {
	out := map[Category][]string{}
	for _, it := range inv.items {
		out[it.Category] = append(out[it.Category], it.Name)
	}
	for _, names := range out {
		sort.Strings(names)
	}
	return out
}

func (inv *Inventory) Report() string {
	skus := make([]string, 0, len(inv.items))
	for k := range inv.items {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s|%-10s|%8s|%4s|%s\n", "SKU", "Name", "Price", "Qty", "Category")
	for _, s := range skus {
		it := inv.items[s]
		fmt.Fprintf(&b, "%-6s|%-10s|%8.2f|%4d|%v\n", it.SKU, it.Name, it.Price, it.Qty, it.Category)
	}
	return b.String()
}

func main() {
	inv := NewInventory()
	inv.Add(Item{"E100", "Laptop", 999.99, 3, Electronics})
	inv.Add(Item{"G200", "Apples", 0.5, 100, Grocery})
	inv.Add(Item{"C300", "T-Shirt", 15, 20, Clothing})
	inv.Add(Item{"E100", "Laptop", 999.99, 2, Electronics})
	inv.Add(Item{"E101", "Mouse", 25.5, 10, Electronics})
	fmt.Print(inv.Report())
	for _, r := range []struct {
		sku string
		n   int
	}{{"G200", 30}, {"E100", 9}, {"X999", 1}} {
		err := inv.Remove(r.sku, r.n)
		var ue UnknownItemError
		switch {
		case err == nil:
			fmt.Println("removed", r.n, r.sku)
		case errors.Is(err, ErrNoStock):
			fmt.Println("stock problem:", err)
		case errors.As(err, &ue):
			fmt.Println("no such sku:", ue.SKU)
		}
	}
	fmt.Printf("total value: $%.2f\n", inv.Total())
	cats := inv.ByCategory()
	keys := make([]Category, 0)
	for c := range cats {
		keys = append(keys, c)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, c := range keys {
		fmt.Println(c, cats[c])
	}
	fmt.Println(Category(9), len(inv.log), inv.log[len(inv.log)-1])
}
