package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type entry struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{}
	for _, w := range strings.Fields("the cat and the dog and the bird") {
		counts[w]++
	}
	keys := slices.Sorted(maps.Keys(counts))
	fmt.Println(keys)
	values := slices.Collect(maps.Values(counts))
	slices.Sort(values)
	fmt.Println(values)
	copyOf := maps.Clone(counts)
	fmt.Println(maps.Equal(counts, copyOf))
	copyOf["cat"] = 9
	fmt.Println(maps.Equal(counts, copyOf), counts["cat"])
	maps.DeleteFunc(copyOf, func(k string, v int) bool { return v < 2 })
	fmt.Println(slices.Sorted(maps.Keys(copyOf)))
	extra := map[string]int{"fish": 1}
	maps.Copy(extra, counts)
	fmt.Println(len(extra))

	var entries []entry
	for _, k := range keys {
		entries = append(entries, entry{k, counts[k]})
	}
	slices.SortFunc(entries, func(a, b entry) int {
		return cmp.Or(cmp.Compare(b.count, a.count), cmp.Compare(a.word, b.word))
	})
	fmt.Println(entries)
	fmt.Println(cmp.Compare(2, 1), cmp.Compare("a", "b"), cmp.Less(1.5, 2), cmp.Or(0, 0, 7, 8), cmp.Or("", "default"))
}
