package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const doc = `Go is an open source programming language.
It makes it easy to build simple, reliable, and efficient software.
Go is expressive, concise, clean, and efficient!`

type WordCount struct {
	Word  string
	Count int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(doc))
	lines, words, chars := 0, 0, 0
	freq := map[string]int{}
	longest := ""
	for sc.Scan() {
		line := sc.Text()
		lines++
		chars += len(line)
		for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
			words++
			w = strings.ToLower(w)
			freq[w]++
			if len(w) > len(longest) || len(w) == len(longest) && w < longest {
				longest = w
			}
		}
	}
	fmt.Println(lines, words, chars, longest)
	var wc []WordCount
	for w, c := range freq {
		wc = append(wc, WordCount{w, c})
	}
	sort.Slice(wc, func(i, j int) bool {
		if wc[i].Count != wc[j].Count {
			return wc[i].Count > wc[j].Count
		}
		return wc[i].Word < wc[j].Word
	})
	for _, x := range wc[:5] {
		fmt.Printf("%-10s %d %s\n", x.Word, x.Count, strings.Repeat("*", x.Count))
	}
	vowels := 0
	for _, r := range strings.ToLower(doc) {
		if strings.ContainsRune("aeiou", r) {
			vowels++
		}
	}
	fmt.Println("vowels", vowels)
	r := strings.NewReplacer("Go", "Golang", "efficient", "fast")
	fmt.Println(r.Replace(strings.SplitN(doc, "\n", 2)[0]))
	title := strings.Fields("the go programming language")
	for i, w := range title {
		title[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	fmt.Println(strings.Join(title, " "))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"))
}
