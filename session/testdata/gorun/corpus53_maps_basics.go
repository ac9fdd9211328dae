package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	dictionary := map[string]string{"test": "this is just a test"}
	definition, ok := dictionary["test"]
	fmt.Printf("%q %v\n", definition, ok)
	missing, ok := dictionary["missing"]
	fmt.Printf("%q %v\n", missing, ok)

	counts := make(map[string]int)
	for _, w := range []string{"go", "test", "go", "map", "go", "test"} {
		counts[w]++
	}
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		fmt.Println(k, counts[k])
	}

	copyOf := maps.Clone(counts)
	delete(copyOf, "go")
	fmt.Println(len(counts), len(copyOf), maps.Equal(counts, copyOf))

	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilMap["x"] = 1
	}()

	nested := map[string]map[string]int{}
	if _, ok := nested["a"]; !ok {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"] = 2
	fmt.Println(nested)

	clear(counts)
	fmt.Println(len(counts), counts)

	type key struct{ x, y int }
	grid := map[key]string{{0, 0}: "origin", {1, 2}: "point"}
	fmt.Println(grid[key{1, 2}], grid)
}
