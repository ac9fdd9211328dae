package main

import (
	"fmt"
	"slices"
	"strings"
)

type Item struct {
	SKU   string
	Price int
}

func main() {
	items := []Item{{"b-1", 300}, {"a-9", 100}, {"c-3", 200}, {"a-1", 100}}
	cheap := slices.DeleteFunc(slices.Clone(items), func(it Item) bool { return it.Price > 150 })
	fmt.Println(cheap)

	skus := make([]string, 0, len(items))
	for _, it := range items {
		skus = append(skus, it.SKU)
	}
	slices.SortFunc(skus, strings.Compare)
	fmt.Println(skus)

	fmt.Println(slices.ContainsFunc(items, func(it Item) bool { return it.SKU == "c-3" }))
	fmt.Println(slices.EqualFunc(items[:1], []string{"b-1"}, func(it Item, s string) bool { return it.SKU == s }))
	fmt.Println(slices.Replace([]int{1, 2, 3, 4}, 1, 3, 9, 9, 9))
	grouped := slices.CompactFunc([]string{"a", "A", "b", "B", "b", "c"}, strings.EqualFold)
	fmt.Println(grouped)
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2, 0}, []int{1, 2}))
	i, ok := slices.BinarySearchFunc(skus, "b", func(s, t string) int { return strings.Compare(s[:1], t) })
	fmt.Println(i, ok)

	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	total := 0
	for v := range slices.Values([]int{4, 5, 6}) {
		total += v
	}
	fmt.Println("total", total)
	fmt.Println(slices.SortedFunc(slices.Values(items), func(a, b Item) int { return strings.Compare(b.SKU, a.SKU) }))
	fmt.Println(slices.IsSortedFunc(items, func(a, b Item) int { return a.Price - b.Price }))
}
