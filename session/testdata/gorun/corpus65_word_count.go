package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go is expressive, concise, clean, and efficient.
Go makes it easy to write programs that get the most out of multicore machines.`

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	fmt.Println("total words:", len(words))

	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	fmt.Println("unique words:", len(freq))

	type wc struct {
		word  string
		count int
	}
	var list []wc
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, e := range list[:6] {
		fmt.Printf("%-12s %d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}

	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("line %d: %d chars, %d words\n", i+1, len(l), len(strings.Fields(l)))
	}
	longest := ""
	for _, w := range words {
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println("longest:", longest)
	letters := map[rune]int{}
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters[unicode.ToLower(r)]++
		}
	}
	keys := make([]string, 0)
	for r := range letters {
		keys = append(keys, string(r))
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, ""))
}
