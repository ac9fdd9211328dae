package main

import (
	"fmt"
	"slices"
	"strings"
)

type Item struct {
	SKU      string
	Name     string
	Qty      int
	PriceCts int
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

func NewInventory() *Inventory {
	return &Inventory{items: map[string]*Item{}}
}

func (inv *Inventory) Add(sku, name string, qty, price int) {
	if it, ok := inv.items[sku]; ok {
		it.Qty += qty
		inv.log = append(inv.log, fmt.Sprintf("restock %s +%d", sku, qty))
		return
	}
	inv.items[sku] = &Item{SKU: sku, Name: name, Qty: qty, PriceCts: price}
	inv.log = append(inv.log, "new "+sku)
}

func (inv *Inventory) Remove(sku string, qty int) (int, error) {
	it, ok := inv.items[sku]
	switch {
	case !ok:
		return 0, fmt.Errorf("unknown sku %s", sku)
	case it.Qty < qty:
		return it.Qty, fmt.Errorf("only %d of %s left", it.Qty, it.Name)
	}
	it.Qty -= qty
	if it.Qty == 0 {
		delete(inv.items, sku)
	}
	inv.log = append(inv.log, fmt.Sprintf("sold %s -%d", sku, qty))
	return it.Qty, nil
}

func (inv *Inventory) Sorted() []Item {
	var out []Item
	for _, it := range inv.items {
		out = append(out, *it)
	}
	slices.SortFunc(out, func(a, b Item) int { return strings.Compare(a.SKU, b.SKU) })
	return out
}

func (inv *Inventory) Value() (total int) {
	for _, it := range inv.items {
		total += it.Qty * it.PriceCts
	}
	return
}

func main() {
	inv := NewInventory()
	inv.Add("A100", "widget", 10, 250)
	inv.Add("B200", "gadget", 3, 1999)
	inv.Add("C300", "doohickey", 1, 50)
	inv.Add("A100", "widget", 5, 250)

	left, err := inv.Remove("B200", 2)
	fmt.Println(left, err)
	left, err = inv.Remove("B200", 2)
	fmt.Println(left, err)
	_, err = inv.Remove("Z999", 1)
	fmt.Println(err)
	left, err = inv.Remove("C300", 1)
	fmt.Println(left, err)

	snapshot := inv.Sorted()
	snapshot[0].Qty = 999
	for _, it := range inv.Sorted() {
		fmt.Printf("%-5s %-10s %3d $%d.%02d\n", it.SKU, it.Name, it.Qty, it.PriceCts/100, it.PriceCts%100)
	}
	fmt.Println(snapshot[0].Qty, inv.items["A100"].Qty)
	v := inv.Value()
	fmt.Printf("value $%d.%02d\n", v/100, v%100)
	fmt.Println(strings.Join(inv.log, "; "))
	low := slices.DeleteFunc(inv.Sorted(), func(it Item) bool { return it.Qty >= 5 })
	fmt.Println(len(low), low)
}
