package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
)

type Item struct {
	SKU   string
	Name  string
	Price float64
	Qty   int
	Tags  []string
}

type Inventory struct {
	items map[string]*Item
}

func NewInventory() *Inventory { return &Inventory{items: make(map[string]*Item)} }

func (inv *Inventory) Add(it Item) {
	if old, ok := inv.items[it.SKU]; ok {
		old.Qty += it.Qty
		return
	}
	inv.items[it.SKU] = &it
}

func (inv *Inventory) Sell(sku string, n int) (float64, error) {
	it, ok := inv.items[sku]
	if !ok {
		return 0, fmt.Errorf("no such item %q", sku)
	}
	if it.Qty < n {
		return 0, fmt.Errorf("only %d of %s left", it.Qty, it.Name)
	}
	it.Qty -= n
	return float64(n) * it.Price, nil
}

func (inv *Inventory) ByValue() []*Item {
	list := slices.Collect(maps.Values(inv.items))
	slices.SortFunc(list, func(a, b *Item) int {
		return cmp.Or(
			cmp.Compare(b.Price*float64(b.Qty), a.Price*float64(a.Qty)),
			cmp.Compare(a.SKU, b.SKU),
		)
	})
	return list
}

func main() {
	inv := NewInventory()
	inv.Add(Item{"A1", "apple", 0.5, 100, []string{"fruit"}})
	inv.Add(Item{"B2", "bread", 2.25, 20, []string{"bakery"}})
	inv.Add(Item{"C3", "cheese", 7.8, 5, []string{"dairy", "deli"}})
	inv.Add(Item{"A1", "apple", 0.5, 20, nil})
	inv.Add(Item{"M4", "milk", 1.1, 30, []string{"dairy"}})

	total := 0.0
	for _, s := range []struct {
		sku string
		n   int
	}{{"A1", 30}, {"C3", 6}, {"Z9", 1}, {"B2", 20}, {"M4", 3}} {
		amt, err := inv.Sell(s.sku, s.n)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		total += amt
		fmt.Printf("sold %d x %s for $%.2f\n", s.n, s.sku, amt)
	}
	fmt.Printf("revenue: $%.2f\n", total)

	for _, it := range inv.ByValue() {
		fmt.Printf("%-3s %-7s %3d @ %5.2f %v\n", it.SKU, it.Name, it.Qty, it.Price, it.Tags)
	}

	byTag := map[string][]string{}
	for _, it := range inv.items {
		for _, t := range it.Tags {
			byTag[t] = append(byTag[t], it.Name)
		}
	}
	tags := slices.Sorted(maps.Keys(byTag))
	for _, t := range tags {
		names := byTag[t]
		sort.Strings(names)
		fmt.Println(t, names)
	}
	outOfStock := slices.DeleteFunc(slices.Collect(maps.Values(inv.items)), func(it *Item) bool { return it.Qty > 0 })
	fmt.Println("out of stock:", len(outOfStock), outOfStock[0].Name)
}
