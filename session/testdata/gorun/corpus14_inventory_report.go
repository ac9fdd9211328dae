package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type Category int

const (
	Tools Category = iota + 1
	Food
	Toys
)

func (c Category) String() string {
	switch c {
	case Tools:
		return "tools"
	case Food:
		return "food"
	case Toys:
		return "toys"
	}
	return "unknown"
}

type Item struct {
	SKU   string
	Name  string
	Cat   Category
	Qty   int
	Price float64
}

type Inventory struct {
	items map[string]*Item
	byCat map[Category][]string
}

func NewInventory() *Inventory {
	return &Inventory{items: map[string]*Item{}, byCat: map[Category][]string{}}
}

func (inv *Inventory) Add(it Item) {
	if existing, ok := inv.items[it.SKU]; ok {
		existing.Qty += it.Qty
		return
	}
	inv.items[it.SKU] = &it
	inv.byCat[it.Cat] = append(inv.byCat[it.Cat], it.SKU)
}

func (inv *Inventory) Value() (total float64) {
	for _, it := range inv.items {
		total += float64(it.Qty) * it.Price
	}
	return
}

func main() {
	inv := NewInventory()
	for _, it := range []Item{
		{"T1", "hammer", Tools, 3, 12.5},
		{"F1", "apple", Food, 50, 0.4},
		{"T2", "saw", Tools, 1, 30},
		{"Y1", "ball", Toys, 4, 3.75},
		{"F1", "apple", Food, 25, 0.4},
	} {
		inv.Add(it)
	}
	fmt.Printf("value: %.2f\n", inv.Value())
	skus := make([]string, 0, len(inv.items))
	for s := range inv.items {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "SKU\tName\tCat\tQty\tPrice\t")
	for _, s := range skus {
		it := inv.items[s]
		fmt.Fprintf(w, "%s\t%s\t%v\t%d\t%.2f\t\n", it.SKU, it.Name, it.Cat, it.Qty, it.Price)
	}
	w.Flush()
	cats := make([]Category, 0)
	for c := range inv.byCat {
		cats = append(cats, c)
	}
	sort.Slice(cats, func(i, j int) bool { return cats[i] < cats[j] })
	for _, c := range cats {
		fmt.Printf("%-6s %s\n", c, strings.Join(inv.byCat[c], ","))
	}
	apple := inv.items["F1"]
	apple.Qty = 0
	fmt.Println(inv.items["F1"].Qty, Category(0), fmt.Sprint(Toys))
	fmt.Printf("%+v\n", *inv.items["Y1"])
}
