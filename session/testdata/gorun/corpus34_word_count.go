package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go is expressive, concise, clean, and efficient.
Its concurrency mechanisms make it easy to write programs that get the most
out of multicore and networked machines. Go compiles quickly to machine code.`

type wordCount struct {
	word  string
	count int
}

func main() {
	lines, words, chars := 0, 0, 0
	freq := map[string]int{}

	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := sc.Text()
		lines++
		chars += len(line) + 1
		ws := bufio.NewScanner(strings.NewReader(line))
		ws.Split(bufio.ScanWords)
		for ws.Scan() {
			words++
			w := strings.ToLower(strings.TrimFunc(ws.Text(), func(r rune) bool {
				return !unicode.IsLetter(r)
			}))
			if w != "" {
				freq[w]++
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("scan:", err)
	}
	fmt.Printf("lines=%d words=%d chars=%d unique=%d\n", lines, words, chars, len(freq))

	var counts []wordCount
	for w, c := range freq {
		counts = append(counts, wordCount{w, c})
	}
	sort.Slice(counts, func(i, j int) bool {
		if counts[i].count != counts[j].count {
			return counts[i].count > counts[j].count
		}
		return counts[i].word < counts[j].word
	})
	for _, wc := range counts[:6] {
		fmt.Printf("%-8s %d %s\n", wc.word, wc.count, strings.Repeat("*", wc.count))
	}
}
