// Count word frequency in a text and print sorted by count
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go is expressive, concise, clean, and efficient. Its
concurrency mechanisms make it easy to write programs that get the most out of
multicore and networked machines. Go compiles quickly to machine code. Go is fun!`

type WordCount struct {
	Word  string
	Count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	fmt.Println("Total words:", len(words))

	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	fmt.Println("Unique words:", len(freq))

	var list []WordCount
	for w, c := range freq {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})

	fmt.Println("Top 8:")
	for i, wc := range list[:8] {
		fmt.Printf("%d. %-10s %d\n", i+1, wc.Word, wc.Count)
	}
	fmt.Printf("%v\n", list[0])
	fmt.Printf("%+v\n", list[1])

	// letter frequency
	letters := map[rune]int{}
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters[unicode.ToLower(r)]++
		}
	}
	keys := make([]rune, 0, len(letters))
	for r := range letters {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys[:5] {
		fmt.Printf("%c:%d ", r, letters[r])
	}
	fmt.Println()
}
