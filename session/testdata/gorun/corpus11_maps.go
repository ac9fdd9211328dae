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
	keys := slices.Sorted(maps.Keys(n))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(n))
	slices.Sort(vals)
	fmt.Println(vals)
	cp := maps.Clone(n)
	cp["baz"] = 3
	fmt.Println(len(n), len(cp))
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	nested["b"] = append(nested["b"], 3)
	fmt.Println(nested, len(nested["zzz"]))
	if v, ok := nested["a"]; ok {
		fmt.Println("found", v)
	}
	type key struct{ x, y int }
	grid := map[key]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(grid[key{1, 2}], grid[key{0, 0}], len(grid))
}
