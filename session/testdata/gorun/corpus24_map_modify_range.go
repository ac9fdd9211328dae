package main

import (
	"fmt"
	"sort"
)

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	stock := map[string]int{"apple": 5, "banana": 0, "cherry": 12, "date": 0, "elder": 3}

	// Deleting the current entry while ranging is safe.
	for k, v := range stock {
		if v == 0 {
			delete(stock, k)
		}
	}
	fmt.Println("after delete:", sortedKeys(stock), len(stock))

	// Updating values of existing keys is safe and deterministic.
	for k := range stock {
		stock[k] *= 2
	}
	for _, k := range sortedKeys(stock) {
		fmt.Println(k, stock[k])
	}

	// Deleting every key during range empties the map.
	for k := range stock {
		for k2 := range stock {
			if k2 != k {
				delete(stock, k2)
			}
		}
		delete(stock, k)
	}
	fmt.Println("emptied:", len(stock), stock)

	// Collect first, then add: the map grows only after the loop.
	words := map[string]int{"go": 1, "rust": 2}
	var add []string
	for k := range words {
		add = append(add, k+"!")
	}
	for _, k := range add {
		words[k] = len(k)
	}
	for _, k := range sortedKeys(words) {
		fmt.Printf("%s=%d ", k, words[k])
	}
	fmt.Println()

	// clear removes everything at once.
	clear(words)
	fmt.Println(len(words), words == nil)
}
