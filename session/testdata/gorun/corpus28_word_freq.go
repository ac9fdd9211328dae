package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A naïve café owner saw the fox — and the dog, too.
Über-quick foxes are rare.`

type wordCount struct {
	word  string
	count int
}

func topN(freq map[string]int, n int) []wordCount {
	wc := make([]wordCount, 0, len(freq))
	for w, c := range freq {
		wc = append(wc, wordCount{w, c})
	}
	sort.Slice(wc, func(i, j int) bool {
		if wc[i].count == wc[j].count {
			return wc[i].word < wc[j].word
		}
		return wc[i].count > wc[j].count
	})
	if len(wc) > n {
		wc = wc[:n]
	}
	return wc
}

func main() {
	lines, words, chars, bytes := 0, 0, 0, 0
	freq := make(map[string]int)
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := sc.Text()
		lines++
		bytes += len(line) + 1
		chars += utf8.RuneCountInString(line) + 1
		fields := strings.FieldsFunc(line, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '-'
		})
		for _, f := range fields {
			f = strings.Trim(strings.ToLower(f), "-")
			if f == "" {
				continue
			}
			words++
			freq[f]++
		}
	}
	fmt.Printf("lines=%d words=%d runes=%d bytes=%d unique=%d\n", lines, words, chars, bytes, len(freq))
	for i, wc := range topN(freq, 6) {
		fmt.Printf("%2d %-8s %d %s\n", i+1, wc.word, wc.count, strings.Repeat("*", wc.count))
	}
	letters := map[rune]int{}
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) {
			letters[r]++
		}
	}
	keys := make([]rune, 0, len(letters))
	for r := range letters {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var sb strings.Builder
	for _, r := range keys {
		if letters[r] >= 5 || r > unicode.MaxASCII {
			fmt.Fprintf(&sb, "%c:%d ", r, letters[r])
		}
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	longest := ""
	for w := range freq {
		if utf8.RuneCountInString(w) > utf8.RuneCountInString(longest) || (utf8.RuneCountInString(w) == utf8.RuneCountInString(longest) && w < longest) {
			longest = w
		}
	}
	fmt.Printf("longest word: %q (%d runes, %d bytes)\n", longest, utf8.RuneCountInString(longest), len(longest))
}
