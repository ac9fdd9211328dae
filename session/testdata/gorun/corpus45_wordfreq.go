package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness.`

type wordCount struct {
	word  string
	count int
}

func countWords(s string) map[string]int {
	counts := make(map[string]int)
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	for _, w := range words {
		counts[w]++
	}
	return counts
}

func main() {
	counts := countWords(text)

	var list []wordCount
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})

	fmt.Printf("%d distinct words\n", len(list))
	for i, wc := range list {
		if i >= 10 {
			break
		}
		fmt.Printf("%-12s %3d %s\n", wc.word, wc.count, strings.Repeat("*", wc.count))
	}

	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println("total words:", total)
}
