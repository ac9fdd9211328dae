package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

func SortedKeys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func Values[K comparable, V any](m map[K]V) []V {
	out := make([]V, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

type Inventory map[string]int

func main() {
	inv := Inventory{"pear": 3, "apple": 7, "fig": 1}
	for _, k := range SortedKeys(inv) {
		fmt.Println(k, inv[k])
	}
	vals := Values(inv)
	slices.Sort(vals)
	fmt.Println(vals)
	std := slices.Sorted(maps.Keys(inv))
	fmt.Println(std)
	ages := map[int]string{30: "x", 10: "y", 20: "z"}
	fmt.Println(SortedKeys(ages))
	fmt.Printf("%T\n", SortedKeys(inv))
	c := maps.Clone(inv)
	c["kiwi"] = 4
	fmt.Println(len(inv), len(c), maps.Equal(inv, c))
}
