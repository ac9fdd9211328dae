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

	for _, k := range slices.Sorted(maps.Keys(n)) {
		fmt.Println(k, n[k])
	}

	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], len(counts))

	nested := map[string][]string{}
	nested["a"] = append(nested["a"], "x", "y")
	fmt.Println(nested)

	clone := maps.Clone(n)
	clone["baz"] = 3
	fmt.Println(len(n), len(clone))
}
