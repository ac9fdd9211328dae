package main

import (
	"fmt"
	"maps"
	"slices"
)

type Inventory map[string]int

func (inv Inventory) Restock(other Inventory) {
	maps.Copy(inv, other)
}

func (inv Inventory) String() string {
	s := ""
	for _, k := range slices.Sorted(maps.Keys(inv)) {
		s += fmt.Sprintf("%s=%d ", k, inv[k])
	}
	return s
}

func main() {
	stock := Inventory{"apples": 4, "pears": 0, "plums": 12}
	snapshot := maps.Clone(stock)

	stock.Restock(Inventory{"pears": 6, "kiwis": 3})
	fmt.Println("now: ", stock)
	fmt.Println("then:", snapshot)
	fmt.Println("equal:", maps.Equal(stock, snapshot))

	maps.DeleteFunc(stock, func(k string, v int) bool { return v < 5 })
	fmt.Println("after cleanup:", stock)

	same := maps.EqualFunc(
		map[string]float64{"x": 1.0},
		map[string]int{"x": 1},
		func(f float64, i int) bool { return f == float64(i) },
	)
	fmt.Println("equal func:", same)

	vals := slices.Collect(maps.Values(snapshot))
	slices.Sort(vals)
	fmt.Println(vals)
	fmt.Println(len(stock), len(snapshot))
}
