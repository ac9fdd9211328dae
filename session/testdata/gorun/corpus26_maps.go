package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := make(map[string]int)
	m["k1"] = 7
	m["k2"] = 13
	fmt.Println("map:", m)
	v1 := m["k1"]
	fmt.Println("v1:", v1)
	v3 := m["k3"]
	fmt.Println("v3:", v3)
	fmt.Println("len:", len(m))
	delete(m, "k2")
	fmt.Println("map:", m)
	clear(m)
	fmt.Println("map:", m)

	_, prs := m["k2"]
	fmt.Println("prs:", prs)

	n := map[string]int{"foo": 1, "bar": 2}
	fmt.Println("map:", n)
	n2 := map[string]int{"foo": 1, "bar": 2}
	if maps.Equal(n, n2) {
		fmt.Println("n == n2")
	}
	n2["baz"] = 3
	fmt.Println(maps.Equal(n, n2))

	keys := slices.Sorted(maps.Keys(n2))
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d\n", k, n2[k])
	}
	if v, ok := n2["baz"]; ok {
		fmt.Println("found baz", v)
	}
	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['h'], len(counts))
	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	nested["b"] = append(nested["b"], 3)
	fmt.Println(nested)
}
