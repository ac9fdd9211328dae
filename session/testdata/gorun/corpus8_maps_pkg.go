package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	stock := map[string]int{"apple": 5, "pear": 0, "plum": 12, "kiwi": 0}
	keys := slices.Sorted(maps.Keys(stock))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(stock))
	fmt.Println(vals)

	backup := maps.Clone(stock)
	maps.DeleteFunc(stock, func(k string, v int) bool { return v == 0 })
	fmt.Println(len(stock), len(backup))
	fmt.Println(stock)

	extra := map[string]int{"fig": 3, "apple": 7}
	maps.Copy(stock, extra)
	fmt.Println(stock)

	total := 0
	for _, v := range maps.All(stock) {
		total += v
	}
	fmt.Println("total", total)

	inv := map[int]string{}
	maps.Insert(inv, func(yield func(int, string) bool) {
		for _, k := range keys {
			if !yield(len(k), k) {
				return
			}
		}
	})
	fmt.Println(inv)

	copyOf := maps.Collect(maps.All(backup))
	fmt.Println(maps.Equal(copyOf, backup))
	fmt.Println(maps.EqualFunc(stock, backup, func(a, b int) bool { return a == b }))
	clear(backup)
	fmt.Println(len(backup), backup == nil)
}
