package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	stock := map[string]int{"apple": 5, "pear": 2, "plum": 9}
	keys := slices.Sorted(maps.Keys(stock))
	fmt.Println("keys:", keys)
	vals := slices.Sorted(maps.Values(stock))
	fmt.Println("values:", vals)

	total := 0
	for _, n := range maps.All(stock) {
		total += n
	}
	fmt.Println("total:", total)

	copied := maps.Collect(maps.All(stock))
	copied["kiwi"] = 1
	fmt.Println(len(stock), len(copied))

	extra := map[string]int{"fig": 4, "apple": 10}
	maps.Insert(stock, maps.All(extra))
	for _, k := range slices.Sorted(maps.Keys(stock)) {
		fmt.Printf("%s=%d ", k, stock[k])
	}
	fmt.Println()

	index := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println(index[1], len(index))
}
