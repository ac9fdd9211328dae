package main

import (
	"errors"
	"fmt"
	"sort"
)

type SKU string

type Item struct {
	SKU   SKU
	Name  string
	Price float64
	Qty   int
}

func (i Item) Value() float64 { return i.Price * float64(i.Qty) }

func (i Item) String() string {
	return fmt.Sprintf("%s %-10s $%7.2f x%3d", i.SKU, i.Name, i.Price, i.Qty)
}

type Inventory struct {
	items map[SKU]*Item
	log   []string
}

var (
	ErrNotFound     = errors.New("item not found")
	ErrInsufficient = errors.New("insufficient stock")
)

type StockError struct {
	SKU        SKU
	Have, Want int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("%s: have %d, want %d", e.SKU, e.Have, e.Want)
}

func (e *StockError) Unwrap() error { return ErrInsufficient }

func NewInventory() *Inventory { return &Inventory{items: make(map[SKU]*Item)} }

func (inv *Inventory) Add(it Item) {
	if cur, ok := inv.items[it.SKU]; ok {
		cur.Qty += it.Qty
		inv.log = append(inv.log, fmt.Sprintf("restock %s +%d", it.SKU, it.Qty))
		return
	}
	inv.items[it.SKU] = &it
	inv.log = append(inv.log, "add "+string(it.SKU))
}

func (inv *Inventory) Remove(sku SKU, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %s: %w", sku, ErrNotFound)
	}
	if it.Qty < n {
		return &StockError{sku, it.Qty, n}
	}
	it.Qty -= n
	inv.log = append(inv.log, fmt.Sprintf("remove %s -%d", sku, n))
	return nil
}

func (inv *Inventory) Sorted() []Item {
	out := make([]Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, *it)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].SKU < out[b].SKU })
	return out
}

func (inv *Inventory) Total() (total float64) {
	for _, it := range inv.items {
		total += it.Value()
	}
	return
}

func main() {
	inv := NewInventory()
	inv.Add(Item{"A100", "hammer", 12.5, 10})
	inv.Add(Item{"B200", "screwdriver", 4.25, 40})
	inv.Add(Item{"C300", "wrench", 9.99, 5})
	inv.Add(Item{"A100", "hammer", 12.5, 3})
	for _, op := range []struct {
		sku SKU
		n   int
	}{{"A100", 4}, {"C300", 9}, {"Z999", 1}, {"B200", 40}} {
		if err := inv.Remove(op.sku, op.n); err != nil {
			var se *StockError
			fmt.Println("error:", err, errors.Is(err, ErrNotFound), errors.Is(err, ErrInsufficient), errors.As(err, &se))
			if se != nil {
				fmt.Println("  short by", se.Want-se.Have)
			}
		}
	}
	for _, it := range inv.Sorted() {
		fmt.Println(it)
	}
	fmt.Printf("total value: $%.2f\n", inv.Total())
	fmt.Println(inv.log)
	low := inv.Sorted()[:0]
	for _, it := range inv.Sorted() {
		if it.Qty < 10 {
			low = append(low, it)
		}
	}
	fmt.Printf("low stock: %v\n", low)
	fmt.Printf("%v|%+v\n", inv.items["C300"], *inv.items["C300"])
}
