package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

type WordCount struct {
	Word  string
	Count int
}

func main() {
	counts := make(map[string]int)
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r)
		}))
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}

	list := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})

	fmt.Printf("%d words, %d distinct\n", total, len(list))
	for i, wc := range list {
		if i == 8 {
			break
		}
		bar := strings.Repeat("#", wc.Count)
		fmt.Printf("%2d. %-12s %3d %5.1f%% %s\n", i+1, wc.Word, wc.Count, 100*float64(wc.Count)/float64(total), bar)
	}

	// Group words by length.
	byLen := map[int][]string{}
	for w := range counts {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := make([]int, 0, len(byLen))
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(lens)))
	for _, l := range lens[:3] {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Println(l, ws)
	}
	idx := sort.SearchInts([]int{1, 3, 5, 7}, 5)
	fmt.Println("idx", idx, sort.IsSorted(sort.IntSlice(lens)))
}
