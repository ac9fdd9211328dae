package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"
)

const corpus = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness.`

type wordCount struct {
	word  string
	count int
}

func main() {
	counts := make(map[string]int)
	lengths := make(map[int]int)
	sc := bufio.NewScanner(strings.NewReader(corpus))
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
		lengths[len(w)]++
		total++
	}
	var wcs []wordCount
	for w, c := range counts {
		wcs = append(wcs, wordCount{w, c})
	}
	sort.Slice(wcs, func(i, j int) bool {
		if wcs[i].count != wcs[j].count {
			return wcs[i].count > wcs[j].count
		}
		return wcs[i].word < wcs[j].word
	})
	fmt.Printf("%d words, %d distinct\n", total, len(counts))
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 1, ' ', 0)
	fmt.Fprintln(tw, "rank\tword\tcount\tshare")
	for i, wc := range wcs[:8] {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%.1f%%\n", i+1, wc.word, wc.count, 100*float64(wc.count)/float64(total))
	}
	tw.Flush()
	var ls []int
	for l := range lengths {
		ls = append(ls, l)
	}
	sort.Ints(ls)
	for _, l := range ls {
		fmt.Printf("len %2d: %s\n", l, strings.Repeat("*", lengths[l]))
	}
}
