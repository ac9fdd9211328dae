package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

type wordCount struct {
	Word  string
	Count int
}

func frequencies(s string) map[string]int {
	freq := make(map[string]int)
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	for _, w := range words {
		freq[w]++
	}
	return freq
}

func topN(freq map[string]int, n int) []wordCount {
	list := make([]wordCount, 0, len(freq))
	for w, c := range freq {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func main() {
	freq := frequencies(text)
	fmt.Println("distinct words:", len(freq))
	for i, wc := range topN(freq, 6) {
		fmt.Printf("%d. %-8s %2d %s\n", i+1, wc.Word, wc.Count, strings.Repeat("*", wc.Count))
	}

	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	var lengths []int
	for l := range byLen {
		lengths = append(lengths, l)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(lengths)))
	for _, l := range lengths[:3] {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Println(l, ws)
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
	sort.Slice(keys, func(i, j int) bool {
		return letters[keys[i]] > letters[keys[j]] || letters[keys[i]] == letters[keys[j]] && keys[i] < keys[j]
	})
	for _, r := range keys[:5] {
		fmt.Printf("%c=%d ", r, letters[r])
	}
	fmt.Println()
}
