package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type Count struct {
	N     int
	First int // position of first occurrence
}

func (c Count) String() string { return fmt.Sprintf("%d@%d", c.N, c.First) }

type WordCount struct {
	Word string
	Count
}

const text = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs. A quick fox, a lazy dog, and the end.`

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	counts := map[string]Count{}
	for i, w := range words {
		c, seen := counts[w]
		if !seen {
			c.First = i
		}
		c.N++
		counts[w] = c
	}
	fmt.Println(len(words), "words,", len(counts), "distinct")
	fmt.Println(counts)

	list := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].N != list[j].N {
			return list[i].N > list[j].N
		}
		return list[i].Word < list[j].Word
	})
	for _, wc := range list[:5] {
		fmt.Printf("%-6s %v\n", wc.Word, wc.Count)
	}
	// WordCount embeds Count, so it is a Stringer too: only Count shows.
	fmt.Println(list[0], list[1].Word)
	fmt.Printf("%+v\n", list[0])

	// Stable sort by first occurrence keeps equal keys in count order.
	sort.SliceStable(list, func(i, j int) bool { return list[i].N < list[j].N })
	var b strings.Builder
	for _, wc := range list {
		fmt.Fprintf(&b, "%s:%d ", wc.Word, wc.N)
	}
	fmt.Println(strings.TrimSpace(b.String()))

	byLen := map[int][]string{}
	for w := range counts {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	for _, ws := range byLen {
		sort.Strings(ws)
	}
	fmt.Println(byLen)
	fmt.Printf("%q\n", byLen[5])
}
