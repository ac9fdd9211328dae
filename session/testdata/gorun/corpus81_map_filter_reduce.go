package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

type Order struct {
	ID     int
	Item   string
	Qty    int
	Price  float64
	Status string
}

type Inventory map[string]int

func main() {
	orders := []Order{
		{1, "pen", 10, 1.5, "paid"},
		{2, "book", 1, 12.0, "pending"},
		{3, "pen", 5, 1.5, "paid"},
		{4, "lamp", 2, 30.0, "paid"},
		{5, "book", 3, 11.0, "cancelled"},
	}
	paid := Filter(orders, func(o Order) bool { return o.Status == "paid" })
	fmt.Println(len(paid), Map(paid, func(o Order) int { return o.ID }))
	revenue := Reduce(paid, 0.0, func(acc float64, o Order) float64 { return acc + float64(o.Qty)*o.Price })
	fmt.Printf("revenue %.2f\n", revenue)

	ids := Map(orders, func(o Order) string { return "#" + strconv.Itoa(o.ID) })
	fmt.Println(strings.Join(ids, ","))
	longest := Reduce(orders, "", func(best string, o Order) string {
		if len(o.Item) > len(best) {
			return o.Item
		}
		return best
	})
	fmt.Println("longest item:", longest)

	byStatus := GroupBy(orders, func(o Order) string { return o.Status })
	fmt.Println(len(byStatus), byStatus["paid"][1].Item, len(byStatus["cancelled"]))
	counts := Reduce(orders, map[string]int{}, func(m map[string]int, o Order) map[string]int {
		m[o.Item] += o.Qty
		return m
	})
	fmt.Println(counts)

	inv := Inventory{"pen": 100, "lamp": 4}
	ks := Keys(inv)
	fmt.Println(len(ks), Reduce(ks, 0, func(n int, k string) int { return n + inv[k] }))

	nums := []string{"3", "x", "14", "-2", "7.5"}
	parsed := Reduce(nums, []int(nil), func(acc []int, s string) []int {
		if n, err := strconv.Atoi(s); err == nil {
			return append(acc, n)
		}
		return acc
	})
	fmt.Println(parsed, Filter(parsed, func(n int) bool { return n > 100 }) == nil)
	squares := Map(Filter(parsed, func(n int) bool { return n > 0 }), func(n int) float64 { return float64(n * n) })
	fmt.Println(squares)
	words := Map([]rune("héllo"), func(r rune) string { return strings.ToUpper(string(r)) })
	fmt.Printf("%q\n", words)
}
