package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs. A fox, a dog, the end!`

type entry struct {
	word  string
	count int
}

func main() {
	freq := map[string]int{}
	for line := range strings.Lines(text) {
		words := strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) })
		for _, w := range words {
			freq[strings.ToLower(w)]++
		}
	}
	var entries []entry
	for w, c := range freq {
		entries = append(entries, entry{w, c})
	}
	slices.SortFunc(entries, func(a, b entry) int {
		return cmp.Or(cmp.Compare(b.count, a.count), cmp.Compare(a.word, b.word))
	})
	for _, e := range entries[:min(5, len(entries))] {
		fmt.Printf("%-6s %d\n", e.word, e.count)
	}
	unique := slices.Sorted(maps.Keys(freq))
	fmt.Println(len(unique), unique[0], unique[len(unique)-1])
	longest := slices.MaxFunc(unique, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(b, a))
	})
	fmt.Println("longest:", longest)
	once := slices.DeleteFunc(slices.Clone(unique), func(w string) bool { return freq[w] > 1 })
	fmt.Println(once)
}
