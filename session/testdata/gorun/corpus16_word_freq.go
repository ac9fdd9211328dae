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
	var list []wc
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Println("total", total, "distinct", len(freq))
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight)
	for _, e := range list[:6] {
		fmt.Fprintf(tw, "%s\t%d\t%.1f%%\t\n", e.word, e.count, 100*float64(e.count)/float64(total))
	}
	tw.Flush()
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("%d: %d chars, %d words, %d commas\n", i+1, len(l), len(strings.Fields(l)), strings.Count(l, ","))
	}
	var letters, vowels int
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
			if strings.ContainsRune("aeiouAEIOU", r) {
				vowels++
			}
		}
	}
	fmt.Println(letters, vowels)
	longest := ""
	for w := range freq {
		if len(w) > len(longest) || len(w) == len(longest) && w < longest {
			longest = w
		}
	}
	fmt.Println(longest, strings.Title("hello world"))
	r := strings.NewReplacer("it", "IT", "was", "WAS")
	fmt.Println(r.Replace(lines[0]))
}
