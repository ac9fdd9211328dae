package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type Category int

const (
	Tools Category = iota + 1
	Garden
	Kitchen
)

func (c Category) String() string {
	switch c {
	case Tools:
		return "tools"
	case Garden:
		return "garden"
	case Kitchen:
		return "kitchen"
	}
	return "unknown"
}

type Item struct {
	SKU      string
	Name     string
	Cat      Category
	Qty      int
	PriceCts int64
}

type Inventory struct {
	items map[string]*Item
}

var ErrNotFound = errors.New("item not found")
var ErrStock = errors.New("not enough stock")

func (inv *Inventory) Add(it Item) {
	if inv.items == nil {
		inv.items = map[string]*Item{}
	}
	if cur, ok := inv.items[it.SKU]; ok {
		cur.Qty += it.Qty
		return
	}
	inv.items[it.SKU] = &it
}

func (inv *Inventory) Take(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("take %s: %w", sku, ErrNotFound)
	}
	if it.Qty < n {
		return fmt.Errorf("take %d of %s (have %d): %w", n, sku, it.Qty, ErrStock)
	}
	it.Qty -= n
	return nil
}

func money(cts int64) string {
	return fmt.Sprintf("$%d.%02d", cts/100, cts%100)
}

func main() {
	var inv Inventory
	inv.Add(Item{"T-1", "Hammer", Tools, 5, 1299})
	inv.Add(Item{"G-7", "Trowel", Garden, 12, 450})
	inv.Add(Item{"K-3", "Whisk", Kitchen, 3, 799})
	inv.Add(Item{"T-1", "Hammer", Tools, 2, 1299})
	for _, op := range []struct {
		sku string
		n   int
	}{{"T-1", 4}, {"K-3", 5}, {"X-0", 1}, {"G-7", 12}} {
		if err := inv.Take(op.sku, op.n); err != nil {
			fmt.Println("error:", err, "| not found:", errors.Is(err, ErrNotFound), "| stock:", errors.Is(err, ErrStock))
		}
	}
	skus := make([]string, 0, len(inv.items))
	for k := range inv.items {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "SKU\tName\tCategory\tQty\tValue\t")
	var total int64
	byCat := map[Category]int{}
	for _, s := range skus {
		it := inv.items[s]
		v := int64(it.Qty) * it.PriceCts
		total += v
		byCat[it.Cat] += it.Qty
		fmt.Fprintf(w, "%s\t%s\t%v\t%d\t%s\t\n", it.SKU, it.Name, it.Cat, it.Qty, money(v))
	}
	w.Flush()
	fmt.Println(strings.Repeat("=", 20))
	fmt.Println("total", money(total), byCat)
}
