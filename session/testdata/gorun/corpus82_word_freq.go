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

type wc struct {
	word  string
	count int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	freq := make(map[string]int)
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		freq[w]++
		total++
	}
	list := make([]wc, 0, len(freq))
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Println("total words:", total, "distinct:", len(freq))
	for i, e := range list[:6] {
		bar := strings.Repeat("#", e.count)
		fmt.Printf("%2d. %-8s %2d %s\n", i+1, e.word, e.count, bar)
	}
	lengths := map[int][]string{}
	for w := range freq {
		lengths[len(w)] = append(lengths[len(w)], w)
	}
	keys := make([]int, 0)
	for k := range lengths {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(keys)))
	longest := lengths[keys[0]]
	sort.Strings(longest)
	fmt.Println("longest:", longest)
}
