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

type wordCount struct {
	word  string
	count int
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

func main() {
	counts := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	lines := 0
	for sc.Scan() {
		lines++
		for _, w := range words(sc.Text()) {
			counts[w]++
		}
	}
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
	fmt.Printf("%d lines, %d distinct words\n", lines, len(counts))
	for i, wc := range list[:6] {
		bar := strings.Repeat("*", wc.count)
		fmt.Printf("%2d. %-8s %2d %s\n", i+1, wc.word, wc.count, bar)
	}
	fmt.Println(list[len(list)-1])
	fmt.Printf("%v\n%+v\n", list[0], list[1])
	title := strings.Title("the tale of two cities")
	fmt.Println(title, strings.ToUpper(title[:3]), strings.Count(text, "it"))
	var b strings.Builder
	for i, r := range "héllo, 世界" {
		fmt.Fprintf(&b, "%d:%c ", i, r)
	}
	fmt.Println(strings.TrimSpace(b.String()))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, "Hello, World"))
}
