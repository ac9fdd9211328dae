package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func SortedBy[T any, K cmp.Ordered](xs []T, key func(T) K) []T {
	out := slices.Clone(xs)
	slices.SortStableFunc(out, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
	return out
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

type Inventory[T any] struct {
	items []T
	name  func(T) string
}

func (inv *Inventory[T]) ByName() []T {
	return SortedBy(inv.items, inv.name)
}

func (inv *Inventory[T]) ByInitial() map[string][]T {
	return GroupBy(inv.items, func(t T) string { return strings.ToUpper(inv.name(t)[:1]) })
}

func (inv *Inventory[T]) Report() string {
	groups := inv.ByInitial()
	ks := Keys(groups)
	slices.Sort(ks)
	var b strings.Builder
	for _, k := range ks {
		fmt.Fprintf(&b, "%s:%d ", k, len(groups[k]))
	}
	return strings.TrimSpace(b.String())
}

type Book struct {
	Title string
	Year  int
}

func main() {
	inv := &Inventory[Book]{
		items: []Book{{"go in action", 2015}, {"Learning Go", 2021}, {"Concurrency", 2017}, {"gopl", 2015}},
		name:  func(b Book) string { return b.Title },
	}
	for _, b := range inv.ByName() {
		fmt.Printf("%+v\n", b)
	}
	fmt.Println(inv.Report())
	byYear := SortedBy(inv.items, func(b Book) int { return b.Year })
	fmt.Println(byYear)

	nums := &Inventory[int]{items: []int{12, 3, 101, 25}, name: func(n int) string { return fmt.Sprint(n) }}
	fmt.Println(nums.ByName(), nums.Report())
}
