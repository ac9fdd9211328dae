package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.`

func main() {
	scanner := bufio.NewScanner(strings.NewReader(text))
	scanner.Split(bufio.ScanWords)
	freq := make(map[string]int)
	total := 0
	for scanner.Scan() {
		word := strings.ToLower(strings.TrimFunc(scanner.Text(), func(r rune) bool {
			return !unicode.IsLetter(r)
		}))
		if word == "" {
			continue
		}
		freq[word]++
		total++
	}
	if err := scanner.Err(); err != nil {
		fmt.Println("error:", err)
		return
	}
	type kv struct {
		Key   string
		Value int
	}
	var sorted []kv
	for k, v := range freq {
		sorted = append(sorted, kv{k, v})
	}
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].Value == sorted[j].Value {
			return sorted[i].Key < sorted[j].Key
		}
		return sorted[i].Value > sorted[j].Value
	})
	fmt.Printf("%d words, %d distinct\n", total, len(freq))
	for _, e := range sorted[:6] {
		fmt.Printf("%-8s %2d %s\n", e.Key, e.Value, strings.Repeat("*", e.Value))
	}

	lines := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for lines.Scan() {
		n++
		fmt.Printf("line %d: %d chars, %d words\n", n, len(lines.Text()), len(strings.Fields(lines.Text())))
	}
	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	var rs []string
	for runes.Scan() {
		rs = append(rs, runes.Text())
	}
	fmt.Println(rs, len(rs))
}
