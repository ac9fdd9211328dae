package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Category string

type Item struct {
	Name     string
	Category Category
	Qty      int
	Price    float64
}

type Inventory struct {
	items map[string]*Item
}

func (inv *Inventory) Upsert(it Item) {
	if inv.items == nil {
		inv.items = make(map[string]*Item)
	}
	if cur, ok := inv.items[it.Name]; ok {
		cur.Qty += it.Qty
		cur.Price = it.Price
		return
	}
	inv.items[it.Name] = &it
}

func (inv *Inventory) Remove(name string, qty int) error {
	it, ok := inv.items[name]
	switch {
	case !ok:
		return fmt.Errorf("no item %q", name)
	case it.Qty < qty:
		return fmt.Errorf("cannot remove %d %s: only %d", qty, name, it.Qty)
	}
	it.Qty -= qty
	if it.Qty == 0 {
		delete(inv.items, name)
	}
	return nil
}

func (inv *Inventory) Sorted(less func(a, b *Item) int) []*Item {
	list := slices.Collect(maps.Values(inv.items))
	slices.SortFunc(list, less)
	return list
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Sum[T any, N int | float64](xs []T, f func(T) N) N {
	var s N
	for _, x := range xs {
		s += f(x)
	}
	return s
}

func main() {
	var inv Inventory
	inv.Upsert(Item{"hammer", "tools", 5, 12.5})
	inv.Upsert(Item{"nails", "hardware", 500, 0.02})
	inv.Upsert(Item{"saw", "tools", 2, 25})
	inv.Upsert(Item{"glue", "supplies", 10, 3.75})
	inv.Upsert(Item{"hammer", "tools", 3, 13})
	fmt.Println(inv.Remove("saw", 2), inv.Remove("glue", 11), inv.Remove("drill", 1))

	byValue := inv.Sorted(func(a, b *Item) int {
		return cmp.Compare(float64(b.Qty)*b.Price, float64(a.Qty)*a.Price)
	})
	for _, it := range byValue {
		fmt.Printf("%-7s %-9s %4d %6.2f\n", it.Name, it.Category, it.Qty, float64(it.Qty)*it.Price)
	}

	all := inv.Sorted(func(a, b *Item) int { return strings.Compare(a.Name, b.Name) })
	groups := GroupBy(all, func(it *Item) Category { return it.Category })
	for _, cat := range slices.Sorted(maps.Keys(groups)) {
		names := []string{}
		for _, it := range groups[cat] {
			names = append(names, it.Name)
		}
		fmt.Printf("%s: %s (qty %d)\n", cat, strings.Join(names, ","), Sum(groups[cat], func(it *Item) int { return it.Qty }))
	}
	total := Sum(all, func(it *Item) float64 { return float64(it.Qty) * it.Price })
	fmt.Printf("total value: %.2f\n", total)
	idx := slices.IndexFunc(all, func(it *Item) bool { return it.Qty > 100 })
	fmt.Println("bulk item:", all[idx].Name, slices.ContainsFunc(all, func(it *Item) bool { return it.Price > 20 }))
	maxItem := slices.MaxFunc(all, func(a, b *Item) int { return cmp.Compare(a.Price, b.Price) })
	fmt.Println("priciest:", maxItem.Name, *maxItem)
}
