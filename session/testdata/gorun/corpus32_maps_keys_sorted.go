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
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Printf("%-7s %3d\n", k, stock[k])
	}
	vals := slices.Sorted(maps.Values(stock))
	fmt.Println(vals)

	copyOf := maps.Clone(stock)
	copyOf["egg"] = 7
	fmt.Println(len(stock), len(copyOf), maps.Equal(stock, copyOf))

	maps.DeleteFunc(copyOf, func(k string, v int) bool { return v == 0 })
	fmt.Println(slices.Sorted(maps.Keys(copyOf)))

	extra := map[string]int{"fig": 3, "apple": 6}
	maps.Copy(stock, extra)
	fmt.Println(stock["apple"], stock["fig"])

	collected := maps.Collect(maps.All(map[int]string{1: "x"}))
	fmt.Println(collected)
	keys2 := slices.Collect(maps.Keys(extra))
	slices.Sort(keys2)
	fmt.Println(keys2)
}
