package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

const text = `Go is an open source programming language that makes it simple to build
secure scalable systems. Go was designed at Google. Concurrency in Go is built on
goroutines and channels. Do not communicate by sharing memory; instead share memory
by communicating. Channels orchestrate; mutexes serialize.`

func countWords(line string) map[string]int {
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(line), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	}) {
		counts[w]++
	}
	return counts
}

func main() {
	lines := strings.Split(text, "\n")
	partials := make(chan map[string]int, len(lines))
	var wg sync.WaitGroup
	for _, line := range lines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			partials <- countWords(line)
		}()
	}
	wg.Wait()
	close(partials)

	total := map[string]int{}
	for p := range partials {
		for w, c := range p {
			total[w] += c
		}
	}

	type wc struct {
		word  string
		count int
	}
	var list []wc
	for w, c := range total {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, e := range list[:8] {
		fmt.Printf("%-12s %d\n", e.word, e.count)
	}
	fmt.Println("distinct words:", len(list))
}
