// Modern Go: the slices and maps packages on classic exercises
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type City struct {
	Name       string
	Population int
}

func main() {
	scores := []int{88, 42, 97, 65, 73, 97, 12}
	sorted := slices.Clone(scores)
	slices.Sort(sorted)
	fmt.Println("sorted:", sorted, "original:", scores)
	fmt.Println("max:", slices.Max(scores), "min:", slices.Min(scores))
	i, found := slices.BinarySearch(sorted, 73)
	fmt.Println("73 at", i, found)
	fmt.Println("index of 97:", slices.Index(scores, 97), "contains 50:", slices.Contains(scores, 50))
	fmt.Println("compact:", slices.Compact(sorted))
	slices.Reverse(scores)
	fmt.Println("reversed:", scores)

	cities := []City{{"Lagos", 15}, {"Tokyo", 37}, {"Lima", 11}, {"Delhi", 32}}
	slices.SortFunc(cities, func(a, b City) int {
		return cmp.Compare(b.Population, a.Population)
	})
	fmt.Println(cities)
	idx := slices.IndexFunc(cities, func(c City) bool { return strings.HasPrefix(c.Name, "L") })
	fmt.Printf("first L city: %+v\n", cities[idx])

	stock := map[string]int{"apple": 5, "pear": 0, "plum": 12}
	keys := slices.Sorted(maps.Keys(stock))
	fmt.Println("keys:", keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, stock[k])
	}
	fmt.Println()
	copyStock := maps.Clone(stock)
	delete(copyStock, "pear")
	fmt.Println(len(stock), len(copyStock), maps.Equal(stock, copyStock))
	clear(copyStock)
	fmt.Println(len(copyStock))
	fmt.Println(slices.Equal([]string{"a"}, []string{"a"}), cmp.Compare("x", "y"))
}
