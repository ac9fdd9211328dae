package main

import (
	"fmt"
	"sort"
	"strings"
)

type SKU string

type Item struct {
	SKU      SKU
	Name     string
	Qty      int
	Price    float64
	Category string
}

type Inventory struct {
	items map[SKU]*Item
}

func (inv *Inventory) Add(it Item) {
	if inv.items == nil {
		inv.items = map[SKU]*Item{}
	}
	if cur, ok := inv.items[it.SKU]; ok {
		cur.Qty += it.Qty
		return
	}
	inv.items[it.SKU] = &it
}

// Sorted returns the items ordered by less, without touching the map.
func (inv *Inventory) Sorted(less func(a, b *Item) bool) []*Item {
	out := make([]*Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func (it *Item) String() string {
	return fmt.Sprintf("%s(%d)", it.SKU, it.Qty)
}

func (it *Item) Value() float64 { return float64(it.Qty) * it.Price }

func main() {
	var inv Inventory
	inv.Add(Item{"B-200", "bolt", 500, 0.05, "hardware"})
	inv.Add(Item{"N-100", "nut", 800, 0.03, "hardware"})
	inv.Add(Item{"H-010", "hammer", 12, 14.5, "tools"})
	inv.Add(Item{"S-300", "saw", 4, 22, "tools"})
	inv.Add(Item{"G-001", "glue", 30, 3.25, "supplies"})
	inv.Add(Item{"B-200", "bolt", 100, 0.05, "hardware"})

	bySKU := inv.Sorted(func(a, b *Item) bool { return a.SKU < b.SKU })
	fmt.Println(bySKU)

	byValue := inv.Sorted(func(a, b *Item) bool { return a.Value() > b.Value() })
	fmt.Printf("%-6s %-8s %5s %8s\n", "SKU", "name", "qty", "value")
	for _, it := range byValue {
		fmt.Printf("%-6s %-8s %5d %8.2f\n", it.SKU, it.Name, it.Qty, it.Value())
	}

	byCat := inv.Sorted(func(a, b *Item) bool {
		if a.Category != b.Category {
			return a.Category < b.Category
		}
		return a.Name < b.Name
	})
	cats := map[string][]string{}
	totals := map[string]float64{}
	for _, it := range byCat {
		cats[it.Category] = append(cats[it.Category], it.Name)
		totals[it.Category] += it.Value()
	}
	fmt.Println(cats)
	fmt.Printf("%.2f\n", totals)

	skus := make([]string, len(bySKU))
	for i, it := range bySKU {
		skus[i] = string(it.SKU)
	}
	for _, q := range []string{"H-010", "C-000", "Z-999"} {
		i := sort.SearchStrings(skus, q)
		found := i < len(skus) && skus[i] == q
		fmt.Printf("%q at %d found=%t\n", q, i, found)
	}
	fmt.Printf("%q %v %#v\n", SKU("X-1"), []SKU{"a", "b"}, SKU("q"))
	first := *bySKU[0]
	fmt.Printf("%+v\n", first)
	fmt.Println(strings.ToLower(string(first.SKU)), first.String())
}
