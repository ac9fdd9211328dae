package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

var docs = []string{
	"The cat sat on the mat.",
	"The dog chased the cat!",
	"A bird sang; the cat listened.",
	"Dogs and cats, birds and mats.",
	"Go go gophers: the end",
}

func mapPhase(doc string) map[string]int {
	counts := make(map[string]int)
	words := strings.FieldsFunc(strings.ToLower(doc), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	for _, w := range words {
		counts[w]++
	}
	return counts
}

func reduce(parts <-chan map[string]int) map[string]int {
	total := make(map[string]int)
	for p := range parts {
		for w, n := range p {
			total[w] += n
		}
	}
	return total
}

type wordCount struct {
	word  string
	count int
}

func main() {
	parts := make(chan map[string]int)
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts <- mapPhase(d)
		}()
	}
	go func() {
		wg.Wait()
		close(parts)
	}()
	total := reduce(parts)

	list := make([]wordCount, 0, len(total))
	for w, n := range total {
		list = append(list, wordCount{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, wc := range list[:6] {
		fmt.Printf("%-6s %d\n", wc.word, wc.count)
	}
	fmt.Println("distinct words:", len(list))
}
