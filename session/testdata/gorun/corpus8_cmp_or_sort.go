package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Order struct {
	Customer string
	Product  string
	Price    float64
}

func byCustomerThenPrice(a, b Order) int {
	return cmp.Or(
		cmp.Compare(a.Customer, b.Customer),
		-cmp.Compare(a.Price, b.Price),
	)
}

func main() {
	orders := []Order{
		{"bo", "lamp", 19.5},
		{"al", "desk", 120},
		{"bo", "chair", 45},
		{"al", "pen", 2.25},
		{"cy", "mug", 8},
	}
	slices.SortFunc(orders, byCustomerThenPrice)
	for _, o := range orders {
		fmt.Printf("%-3s %-6s %7.2f\n", o.Customer, o.Product, o.Price)
	}
	fmt.Println(slices.IsSortedFunc(orders, byCustomerThenPrice))

	name := ""
	port := 0
	fmt.Println(cmp.Or(name, "guest"), cmp.Or(port, 8080))

	fmt.Println(cmp.Less(-1, 1), cmp.Compare(2.0, 2.0))
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"b", 2}, {"a", 2}, {"c", 1}}
	slices.SortStableFunc(ps, func(x, y pair) int { return cmp.Compare(x.v, y.v) })
	fmt.Println(ps)
	i, ok := slices.BinarySearchFunc(orders, "cy", func(o Order, c string) int { return cmp.Compare(o.Customer, c) })
	fmt.Println(i, ok)
}
