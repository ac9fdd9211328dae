package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Order struct {
	Customer string
	Product  string
	Qty      int
}

func (o Order) String() string {
	return fmt.Sprintf("%s/%s x%d", o.Customer, o.Product, o.Qty)
}

func main() {
	orders := []Order{
		{"foo", "alpha", 1},
		{"bar", "beta", 4},
		{"foo", "beta", 2},
		{"bar", "alpha", 4},
		{"baz", "gamma", 0},
	}
	slices.SortFunc(orders, func(a, b Order) int {
		return cmp.Or(
			cmp.Compare(a.Customer, b.Customer),
			cmp.Compare(b.Qty, a.Qty),
			cmp.Compare(a.Product, b.Product),
		)
	})
	for _, o := range orders {
		fmt.Println(o)
	}

	name := cmp.Or("", "", "default")
	port := cmp.Or(0, 8080)
	fmt.Println(name, port)

	byQty := slices.IndexFunc(orders, func(o Order) bool { return o.Qty == 0 })
	fmt.Println("zero qty at", byQty, orders[byQty])

	groups := map[string][]Order{}
	for _, o := range orders {
		groups[o.Customer] = append(groups[o.Customer], o)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%s: %v\n", k, groups[k])
	}
	fmt.Println(slices.ContainsFunc(orders, func(o Order) bool { return o.Product == "gamma" }))
}
