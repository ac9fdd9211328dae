package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Inventory struct {
	items map[string]int
}

func (inv *Inventory) All() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for _, k := range slices.Sorted(maps.Keys(inv.items)) {
			if !yield(k, inv.items[k]) {
				return
			}
		}
	}
}

func (inv *Inventory) LowStock(limit int) iter.Seq[string] {
	return func(yield func(string) bool) {
		for name, n := range inv.All() {
			if n < limit && !yield(name) {
				return
			}
		}
	}
}

func main() {
	inv := &Inventory{items: map[string]int{"bolts": 120, "nuts": 4, "washers": 9, "gears": 1}}
	for name, n := range inv.All() {
		fmt.Printf("%-8s %4d\n", name, n)
	}
	low := slices.Collect(inv.LowStock(10))
	fmt.Println("reorder:", strings.Join(low, ", "))
	for k := range inv.All() {
		fmt.Println("first key:", k)
		break
	}
}
