package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	stock := map[string]int{
		"banana": 12,
		"apple":  5,
		"cherry": 40,
		"date":   0,
	}

	keys := slices.Sorted(maps.Keys(stock))
	fmt.Println("keys:", keys)

	for _, k := range keys {
		fmt.Printf("%-7s %3d\n", k, stock[k])
	}

	vals := slices.Sorted(maps.Values(stock))
	fmt.Println("values:", vals)

	copyOf := maps.Clone(stock)
	delete(copyOf, "date")
	fmt.Println("equal after delete?", maps.Equal(stock, copyOf))

	maps.DeleteFunc(copyOf, func(k string, v int) bool { return v < 10 })
	fmt.Println("left:", slices.Sorted(maps.Keys(copyOf)))

	extra := map[string]int{"elderberry": 7, "apple": 99}
	maps.Copy(copyOf, extra)
	fmt.Println(copyOf)

	inverse := make(map[int]string)
	for k, v := range maps.All(stock) {
		inverse[v] = k
	}
	fmt.Println(inverse)

	collected := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println(collected)
}
